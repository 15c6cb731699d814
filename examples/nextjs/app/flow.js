"use client";
// A Kratos flow rendered in the browser by the SDK: startFlow loads ?flow=<id> from the page URL
// or creates a browser flow (passing the page's ?return_to= to Kratos, which checks it), renders
// it, submits it and follows Kratos' answer — back to return_to after success.
import { useEffect, useRef } from "react";
import { startFlow } from "ory-wasm/render";

export default function Flow({ type }) {
  const container = useRef(null);
  useEffect(() => {
    let view;
    let gone = false;
    startFlow(type, container.current, { basePath: "/.ory", onAlreadySignedIn: () => location.assign("/account") })
      .then((started) => (gone ? started.destroy() : (view = started)))
      .catch((error) => {
        if (!gone) container.current.textContent = `The ${type} form could not start: ${error.message}`;
      });
    // React's strict mode mounts twice in development: the first view ends here.
    return () => {
      gone = true;
      view?.destroy();
    };
  }, [type]);
  return <div ref={container} data-flow={type} />;
}
