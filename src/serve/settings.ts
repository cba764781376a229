import { fileURLToPath } from "node:url";
import { SettingsError } from "../errors.ts";

export interface ServeSettings {
  /** The directory whose graph files (graph.json, graph.gexf, …) are served under /data/. */
  dir: string;
  /** Loopback by default: the graph may hold material the user has not published. */
  host: string;
  /** 0 asks the system for any free port. */
  port: number;
  /** The built viewer (Vite's output). */
  viewerDir: string;
  /** Longer request targets get 414: no legitimate viewer URL comes near it. */
  maxUrlLength: number;
}

export const DEFAULT_SERVE_SETTINGS: ServeSettings = {
  dir: "graph-export",
  host: "127.0.0.1",
  port: 4173,
  viewerDir: fileURLToPath(new URL("../../viewer/dist", import.meta.url)),
  maxUrlLength: 4096,
};

export function resolveServeSettings(partial: Partial<ServeSettings> = {}): ServeSettings {
  const settings: ServeSettings = { ...DEFAULT_SERVE_SETTINGS };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (settings as unknown as Record<string, unknown>)[key] = value;
  }
  validateServeSettings(settings);
  return settings;
}

export function validateServeSettings(settings: ServeSettings): void {
  if (!Number.isInteger(settings.port) || settings.port < 0 || settings.port > 65535) {
    throw new SettingsError("port", `is ${settings.port}`, "use a whole number from 0 to 65535 (0 = any free port)");
  }
  if (settings.host.trim() === "") {
    throw new SettingsError("host", "is empty", "use an address such as 127.0.0.1");
  }
  if (!Number.isInteger(settings.maxUrlLength) || settings.maxUrlLength < 256) {
    throw new SettingsError("maxUrlLength", `is ${settings.maxUrlLength}`, "use a whole number of at least 256");
  }
}
