// Records every Content-Security-Policy violation of the page in window.__cspViolations (the
// end-to-end journeys assert it stays empty). A classic script loaded first, so that it also
// sees violations of the module graph.
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}` : "",
    sample: event.sample,
  });
  console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`);
});
