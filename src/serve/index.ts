export { startServer, type RunningServer } from "./server.ts";
export { DEFAULT_SERVE_SETTINGS, resolveServeSettings, validateServeSettings, type ServeSettings } from "./settings.ts";
export { CONTENT_SECURITY_POLICY } from "./headers.ts";
