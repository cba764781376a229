import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../src/serve/index.ts";
import { ensureViewerBuilt, launchChromium, ROOT } from "../test/e2e/browser.ts";
import { buildSeedsGraph } from "../test/e2e/seeds-graph.ts";

// `npm run screenshot:viewer`: docs/screenshot.png, the seeds' graph in the viewer with
// one entity selected, so the picture shows the graph, the legend and the evidence panel.

const SELECT = process.env.TRAMA_SCREENSHOT_SELECT ?? "Kim Jong";

ensureViewerBuilt();
const root = mkdtempSync(join(tmpdir(), "trama-screenshot-"));
const dir = buildSeedsGraph(join(root, "seeds"));
const server = await startServer({ dir, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 960 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}#hops=2`);
  await page.waitForSelector("body[data-state=ready]");
  await page.fill("#search-input", SELECT);
  await page.waitForSelector("#search-results li[role=option]");
  await page.press("#search-input", "Enter");
  await page.waitForSelector("#panel .entity-name");
  await page.locator("#search-input").blur();
  await page.waitForTimeout(900);
  const out = join(ROOT, "docs/screenshot.png");
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
