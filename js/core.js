// ory-wasm/core: FrontendApi — the self-service flows, sessions, schemas and errors — in the
// package's lean wasm module. The class is generated (api-frontend.js, from the endpoint
// declarations) over the module's one wasm class. The module is instantiated at a FrontendApi's
// first call, unless the renderer's module (which carries the same class) is there already:
// an app that renders fetches one module, not two (engine.js).
import init, { Client } from "./ory_core.js";
import { FrontendApi as Api } from "./api-frontend.js";
import { setCoreLoader } from "./engine.js";
import { load } from "./load.js";

setCoreLoader(async () => {
  await load(init, new URL("./ory_core_bg.wasm", import.meta.url));
  // The class alone, not the module's namespace: a namespace passed as a value makes bundlers
  // build it at run time, and esbuild put that helper in a chunk of its own (one more request
  // before the first call).
  return { Client };
});

export const FrontendApi = Api;
export { Configuration } from "./configuration.js";
export { OryError } from "./error.js";
