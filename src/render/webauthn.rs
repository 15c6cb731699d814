//! Running a WebAuthn / passkey ceremony in the browser, from Rust (wasm32 only).
//!
//! The options come from [`crate::webauthn::ceremony`] (data read from the flow, never Kratos'
//! script); this module turns them into the objects `navigator.credentials` takes (binary
//! members as `ArrayBuffer`s), calls it with an `AbortSignal`, and encodes the answer with
//! [`crate::webauthn::answer`]. Browser values are read with checked `Reflect` calls and
//! `dyn_into`, never with conversions that unwrap, so an odd browser or a polyfill yields a
//! typed failure, not a panic.
//!
//! One ceremony at a time (like SimpleWebAuthn's abort service): starting one aborts the
//! previous, e.g. the passkey autofill that waits in the background when the user clicks the
//! passkey button instead.

use std::cell::RefCell;

use js_sys::{Array, ArrayBuffer, Function, Object, Promise, Reflect, Uint8Array, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortController;

use crate::webauthn::answer::{assertion_json, registration_json, Assertion, Attestation};
use crate::webauthn::base64url;
use crate::webauthn::ceremony::{Ceremony, CeremonyKind};
use crate::webauthn::errors::CeremonyFailure;

thread_local! {
    /// The controller of the ceremony running now.
    static RUNNING: RefCell<Option<AbortController>> = const { RefCell::new(None) };
}

/// How the browser should ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mediation {
    /// A button press: the browser shows its dialog.
    Modal,
    /// Passkey autofill: the browser offers passkeys in the username field's autocomplete.
    Conditional,
}

/// A failed ceremony: its code and, when the browser threw, the exception.
pub struct Failure {
    /// What went wrong.
    pub failure: CeremonyFailure,
    /// The original exception, for callers that want details.
    pub cause: JsValue,
}

fn fail(failure: CeremonyFailure) -> Failure {
    Failure {
        failure,
        cause: JsValue::UNDEFINED,
    }
}

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn public_key_credential() -> Option<Function> {
    get(&js_sys::global(), "PublicKeyCredential")
        .dyn_into()
        .ok()
}

/// Whether the browser has WebAuthn at all.
pub fn browser_supports_webauthn() -> bool {
    public_key_credential().is_some()
        && !get(
            &get(&get(&js_sys::global(), "navigator"), "credentials"),
            "create",
        )
        .is_undefined()
}

/// Calls a static `PublicKeyCredential` feature check that returns a `Promise<boolean>`.
async fn feature(name: &str) -> bool {
    let Some(class) = public_key_credential() else {
        return false;
    };
    let Ok(check) = get(&class, name).dyn_into::<Function>() else {
        return false;
    };
    let Ok(promise) = check.call0(&class).and_then(|p| p.dyn_into::<Promise>()) else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether a platform authenticator (Touch ID, Windows Hello, …) can verify the user.
pub async fn platform_authenticator_is_available() -> bool {
    feature("isUserVerifyingPlatformAuthenticatorAvailable").await
}

/// Whether the browser offers passkeys in autofill (conditional mediation).
pub async fn browser_supports_autofill() -> bool {
    feature("isConditionalMediationAvailable").await
}

/// Aborts the running ceremony, if any (the view goes away, another method was chosen).
pub fn abort_running() {
    // Taken out first: `abort()` fires `abort` synchronously, and the borrow of an `if let`
    // scrutinee would last through it (a listener starting a ceremony would then panic).
    let running = RUNNING.with(|running| running.borrow_mut().take());
    if let Some(controller) = running {
        controller.abort();
    }
}

/// `base64url` text → `ArrayBuffer` at `object[key]`.
fn decode_member(object: &JsValue, key: &str) -> Result<(), Failure> {
    let Some(text) = get(object, key).as_string() else {
        return Ok(());
    };
    let bytes = base64url::decode(&text).ok_or_else(|| fail(CeremonyFailure::Unknown))?;
    let buffer = Uint8Array::from(bytes.as_slice()).buffer();
    Reflect::set(object, &JsValue::from_str(key), &buffer).map_err(|cause| Failure {
        failure: CeremonyFailure::Unknown,
        cause,
    })?;
    Ok(())
}

/// The `publicKey` options as the browser takes them. `display_name` fills `user.name` and
/// `user.displayName` of a passkey registration (Kratos leaves them to the form).
fn browser_options(ceremony: &Ceremony, display_name: Option<&str>) -> Result<JsValue, Failure> {
    let text = serde_json::Value::Object(ceremony.public_key.clone()).to_string();
    let options = JSON::parse(&text).map_err(|cause| Failure {
        failure: CeremonyFailure::Unknown,
        cause,
    })?;
    decode_member(&options, "challenge")?;
    let user = get(&options, "user");
    if user.is_object() {
        decode_member(&user, "id")?;
        if let Some(name) = display_name.filter(|name| !name.is_empty()) {
            let _ = Reflect::set(&user, &JsValue::from_str("name"), &JsValue::from_str(name));
            let _ = Reflect::set(
                &user,
                &JsValue::from_str("displayName"),
                &JsValue::from_str(name),
            );
        }
    }
    for list in ["allowCredentials", "excludeCredentials"] {
        let items = get(&options, list);
        if Array::is_array(&items) {
            for item in items.unchecked_ref::<Array>().iter() {
                decode_member(&item, "id")?;
            }
        }
    }
    Ok(options)
}

/// `ArrayBuffer` (or a view of one) at `object[key]` → bytes.
fn bytes(object: &JsValue, key: &str) -> Option<Vec<u8>> {
    let value = get(object, key);
    if let Some(buffer) = value.dyn_ref::<ArrayBuffer>() {
        return Some(Uint8Array::new(buffer).to_vec());
    }
    value.dyn_ref::<Uint8Array>().map(Uint8Array::to_vec)
}

/// Calls `object.method()` if it exists.
fn call_optional(object: &JsValue, method: &str) -> Option<JsValue> {
    get(object, method)
        .dyn_into::<Function>()
        .ok()?
        .call0(object)
        .ok()
}

fn extensions(credential: &JsValue) -> serde_json::Map<String, serde_json::Value> {
    call_optional(credential, "getClientExtensionResults")
        .and_then(|results| JSON::stringify(&results).ok())
        // Read as a `Value`, not straight into a map: a typed read links serde's type-error
        // messages and, through them, Rust's float printing.
        .and_then(|text| serde_json::from_str(&String::from(text)).ok())
        .and_then(|value| match value {
            serde_json::Value::Object(map) => Some(map),
            _ => None,
        })
        .unwrap_or_default()
}

/// Runs `ceremony` and returns the answer JSON for its hidden input.
pub async fn run(
    ceremony: &Ceremony,
    display_name: Option<&str>,
    mediation: Mediation,
) -> Result<String, Failure> {
    if !browser_supports_webauthn() {
        return Err(fail(CeremonyFailure::Unsupported));
    }
    let public_key = browser_options(ceremony, display_name)?;
    let controller = AbortController::new().map_err(|cause| Failure {
        failure: CeremonyFailure::Unknown,
        cause,
    })?;
    abort_running();
    RUNNING.with(|running| *running.borrow_mut() = Some(controller.clone()));

    let request = Object::new();
    let _ = Reflect::set(&request, &JsValue::from_str("publicKey"), &public_key);
    let _ = Reflect::set(&request, &JsValue::from_str("signal"), &controller.signal());
    if mediation == Mediation::Conditional {
        let _ = Reflect::set(
            &request,
            &JsValue::from_str("mediation"),
            &JsValue::from_str("conditional"),
        );
    }
    let container = get(&get(&js_sys::global(), "navigator"), "credentials");
    let method = match ceremony.kind {
        CeremonyKind::Create => "create",
        CeremonyKind::Get => "get",
    };
    let outcome = async {
        let function: Function = get(&container, method)
            .dyn_into()
            .map_err(|_| fail(CeremonyFailure::Unsupported))?;
        let promise: Promise = function
            .call1(&container, &request)
            .map_err(|cause| classify(cause, ceremony.kind))?
            .dyn_into()
            .map_err(|_| fail(CeremonyFailure::Unknown))?;
        JsFuture::from(promise)
            .await
            .map_err(|cause| classify(cause, ceremony.kind))
    }
    .await;
    RUNNING.with(|running| {
        let mut running = running.borrow_mut();
        if running.as_ref().is_some_and(|current| {
            JsValue::from(current.clone()) == JsValue::from(controller.clone())
        }) {
            *running = None;
        }
    });
    let credential = outcome?;
    if credential.is_null() || credential.is_undefined() {
        return Err(fail(CeremonyFailure::Cancelled));
    }
    encode(ceremony.kind, &credential).ok_or(Failure {
        failure: CeremonyFailure::Unknown,
        cause: credential,
    })
}

fn classify(cause: JsValue, kind: CeremonyKind) -> Failure {
    let name = get(&cause, "name").as_string().unwrap_or_default();
    Failure {
        failure: CeremonyFailure::classify(&name, kind),
        cause,
    }
}

/// Reads a `PublicKeyCredential` into the answer JSON; `None` if a member is missing.
fn encode(kind: CeremonyKind, credential: &JsValue) -> Option<String> {
    let response = get(credential, "response");
    let id = get(credential, "id").as_string()?;
    let raw_id = bytes(credential, "rawId")?;
    let client_data_json = bytes(&response, "clientDataJSON")?;
    let authenticator_attachment = get(credential, "authenticatorAttachment").as_string();
    let client_extension_results = extensions(credential);
    Some(match kind {
        CeremonyKind::Create => {
            let transports = call_optional(&response, "getTransports")
                .filter(Array::is_array)
                .map(|list| {
                    list.unchecked_into::<Array>()
                        .iter()
                        .filter_map(|t| t.as_string())
                        .collect()
                });
            registration_json(&Attestation {
                id,
                raw_id,
                client_data_json,
                attestation_object: bytes(&response, "attestationObject")?,
                transports,
                authenticator_attachment,
                client_extension_results,
            })
        }
        CeremonyKind::Get => assertion_json(&Assertion {
            id,
            raw_id,
            client_data_json,
            authenticator_data: bytes(&response, "authenticatorData")?,
            signature: bytes(&response, "signature")?,
            user_handle: bytes(&response, "userHandle").filter(|handle| !handle.is_empty()),
            authenticator_attachment,
            client_extension_results,
        }),
    })
}
