// ory-emulator: WebAuthn / passkey helpers for Kratos-style UI nodes.
// Exposes window.oryWebAuthnRegistration, oryWebAuthnLogin, oryPasskeyLogin,
// oryPasskeyLoginAutocompleteInit, oryPasskeyRegistration, oryPasskeySettingsRegistration
// (and window.__<name> aliases). Options are read from the trigger / data nodes' values.
(function () {
  "use strict";

  function toBuf(s) {
    s = String(s).replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }

  function toB64u(buf) {
    var bytes = new Uint8Array(buf), bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function field(name) {
    return document.querySelector('[name="' + name + '"]');
  }

  function parse(v) {
    if (!v) return null;
    return typeof v === "string" ? JSON.parse(v) : v;
  }

  function creationOptions(o) {
    var pk = Object.assign({}, o.publicKey || o);
    pk.challenge = toBuf(pk.challenge);
    pk.user = Object.assign({}, pk.user, { id: toBuf(pk.user.id) });
    if (pk.excludeCredentials) {
      pk.excludeCredentials = pk.excludeCredentials.map(function (c) {
        return Object.assign({}, c, { id: toBuf(c.id) });
      });
    }
    return { publicKey: pk };
  }

  function requestOptions(o) {
    var pk = Object.assign({}, o.publicKey || o);
    pk.challenge = toBuf(pk.challenge);
    if (pk.allowCredentials) {
      pk.allowCredentials = pk.allowCredentials.map(function (c) {
        return Object.assign({}, c, { id: toBuf(c.id) });
      });
    }
    var req = { publicKey: pk };
    if (o.mediation) req.mediation = o.mediation;
    return req;
  }

  function attestationJSON(c) {
    return JSON.stringify({
      id: c.id,
      rawId: toB64u(c.rawId),
      type: c.type,
      response: {
        attestationObject: toB64u(c.response.attestationObject),
        clientDataJSON: toB64u(c.response.clientDataJSON),
      },
    });
  }

  function assertionJSON(c) {
    var r = c.response;
    return JSON.stringify({
      id: c.id,
      rawId: toB64u(c.rawId),
      type: c.type,
      response: {
        authenticatorData: toB64u(r.authenticatorData),
        clientDataJSON: toB64u(r.clientDataJSON),
        signature: toB64u(r.signature),
        userHandle: r.userHandle ? toB64u(r.userHandle) : null,
      },
    });
  }

  function submit(input, value, method) {
    input.value = value;
    var form = input.form;
    if (!form) return;
    if (method) {
      var m = document.createElement("input");
      m.type = "hidden";
      m.name = "method";
      m.value = method;
      form.appendChild(m);
    }
    form.submit();
  }

  function fail(e) {
    if (window.console) console.error("ory-emulator webauthn:", e);
  }

  function webAuthnRegistration(opts) {
    var trigger = field("webauthn_register_trigger");
    var o = parse(opts || (trigger && trigger.value));
    navigator.credentials.create(creationOptions(o)).then(function (c) {
      submit(field("webauthn_register"), attestationJSON(c), "webauthn");
    }, fail);
  }

  function webAuthnLogin(opts) {
    var trigger = field("webauthn_login_trigger");
    var o = parse(opts || (trigger && trigger.value));
    navigator.credentials.get(requestOptions(o)).then(function (c) {
      submit(field("webauthn_login"), assertionJSON(c), "webauthn");
    }, fail);
  }

  function passkeyLogin() {
    var o = parse(field("passkey_challenge").value);
    var req = requestOptions(o);
    delete req.mediation;
    navigator.credentials.get(req).then(function (c) {
      submit(field("passkey_login"), assertionJSON(c), "passkey");
    }, fail);
  }

  function passkeyLoginAutocompleteInit() {
    if (!window.PublicKeyCredential || !PublicKeyCredential.isConditionalMediationAvailable) return;
    PublicKeyCredential.isConditionalMediationAvailable().then(function (ok) {
      if (!ok) return;
      var o = parse(field("passkey_challenge").value);
      var req = requestOptions(o);
      req.mediation = "conditional";
      return navigator.credentials.get(req).then(function (c) {
        submit(field("passkey_login"), assertionJSON(c), "passkey");
      });
    }).catch(fail);
  }

  function passkeyRegistration() {
    var data = parse(field("passkey_create_data").value);
    var opts = creationOptions(data.credentialOptions);
    var nameField = data.displayNameFieldName && field(data.displayNameFieldName);
    var name = (nameField && nameField.value) || "";
    opts.publicKey.user.name = name;
    opts.publicKey.user.displayName = name;
    navigator.credentials.create(opts).then(function (c) {
      submit(field("passkey_register"), attestationJSON(c), "passkey");
    }, fail);
  }

  function passkeySettingsRegistration() {
    var data = parse(field("passkey_create_data").value);
    navigator.credentials.create(creationOptions(data)).then(function (c) {
      submit(field("passkey_settings_register"), attestationJSON(c), "passkey");
    }, fail);
  }

  var api = {
    oryWebAuthnRegistration: webAuthnRegistration,
    oryWebAuthnLogin: webAuthnLogin,
    oryPasskeyLogin: passkeyLogin,
    oryPasskeyLoginAutocompleteInit: passkeyLoginAutocompleteInit,
    oryPasskeyRegistration: passkeyRegistration,
    oryPasskeySettingsRegistration: passkeySettingsRegistration,
  };
  Object.keys(api).forEach(function (k) {
    window[k] = api[k];
    window["__" + k] = api[k];
  });
})();
