/* Starts the Swagger UI on /api/docs/. A static file, because the CSP forbids inline scripts
   (drf-spectacular's page inlines this); everything page-specific comes from data-*. */
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") return;
  var data = root.dataset;
  var settings = data.settings ? JSON.parse(data.settings) : {};

  // Writes from "Try it out" carry the CSRF token, as drf-spectacular's own page does.
  function requestInterceptor(request) {
    var method = (request.method || "GET").toUpperCase();
    if (method !== "GET" && request.credentials === "same-origin" && data.csrfHeader) {
      request.headers[data.csrfHeader] = data.csrfToken;
    }
    return request;
  }

  var options = {
    url: data.schemaUrl,
    dom_id: "#swagger-ui",
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    requestInterceptor: requestInterceptor,
  };
  Object.keys(settings).forEach(function (key) { options[key] = settings[key]; });
  window.ui = window.SwaggerUIBundle(options);
})();
