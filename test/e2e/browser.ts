import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser } from "playwright-core";

// Shared by the end-to-end tests and the viewer bench: Debian's Chromium, never a
// downloaded browser, and a viewer build no older than its sources.

export const CHROMIUM = "/usr/bin/chromium";
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the viewer tests need Debian's Chromium (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}

const VIEWER_SOURCES = ["viewer/src", "viewer/public", "viewer/index.html", "viewer/vite.config.ts", "src/types.ts", "src/style"];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Runs `npm run build:viewer` when viewer/dist is missing or older than a source. */
export function ensureViewerBuilt(): void {
  const built = join(ROOT, "viewer/dist/index.html");
  const sources = Math.max(...VIEWER_SOURCES.map((path) => newest(join(ROOT, path))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  execFileSync("npm", ["run", "--silent", "build:viewer"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
