// The Vue test app (tests/browser/vue.test.mjs): the README's snippet (readme.js, written by the
// test) mounts itself on #app; window.harness mounts a second app on #harness whose <ory-flow>
// takes its attributes from reactive data (window.harness.set changes them) and records every
// event Vue's `@` listeners receive in window.seen.
import { createApp } from "vue";

import "./readme.js";

let app = null;
let vm = null;
window.harness = {
  mount(data) {
    window.seen = [];
    app = createApp({
      data: () => ({ type: "login", basePath: undefined, returnTo: undefined, ...data }),
      methods: {
        record(name, event) {
          const { detail } = event;
          window.seen.push({
            event: name,
            email: detail.session?.identity?.traits?.email,
            url: detail.url,
            kind: detail.error?.kind,
            flow: detail.flow?.id,
            defaultPrevented: event.defaultPrevented,
          });
        },
      },
      template: `
        <ory-flow :type="type" :base-path="basePath" :return-to="returnTo"
          @ory-success="record('success', $event)"
          @ory-navigate.prevent="record('navigate', $event)"
          @ory-error="record('error', $event)"
          @ory-flow="record('flow', $event)"></ory-flow>`,
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag === "ory-flow";
    vm = app.mount("#harness");
  },
  /** Changes the harness' reactive data (and so the element's attributes). */
  set(data) {
    Object.assign(vm, data);
  },
  unmount() {
    app.unmount();
  },
};
window.oryReady = true;
