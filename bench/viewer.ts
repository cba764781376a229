/// <reference lib="dom" />
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../src/serve/index.ts";
import { layoutGraph } from "../src/layout/index.ts";
import { ensureViewerBuilt, launchChromium } from "../test/e2e/browser.ts";
import { writeGraphDir } from "../test/e2e/fixtures/graphs.ts";
import { generateCorpusLikeGraph } from "./generate-graph.ts";

// `npm run bench:viewer`: loads generated corpus-like graphs in headless Chromium and
// prints (1) the time from navigation to the first drawn frame, (2) the JS time sigma
// spends in render() per frame while the camera pans and zooms. Headless Chromium here
// draws WebGL with SwiftShader, a CPU rasteriser, so frames per second measure that
// rasteriser, not a laptop GPU. Not a test: it prints figures and asserts nothing.

const SIZES = (process.env.TRAMA_BENCH_SIZES ?? "5000,20000,50000").split(",").map(Number);
const EDGES_PER_NODE = 3;
const MOVE_MS = 4000;

interface Figures {
  selectMs: number;
  filterMs: number;
  readyMs: number;
  phases: string;
  firstRenderMs: number;
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  fps: number;
  edgesHiddenOnMove: boolean;
}

ensureViewerBuilt();
const root = mkdtempSync(join(tmpdir(), "trama-bench-viewer-"));
const browser = await launchChromium();
try {
  console.log(`viewer bench: Chromium ${browser.version()} (WebGL in SwiftShader, CPU), ${MOVE_MS} ms of camera moves per graph`);
  for (const nodes of SIZES) {
    const graph = generateCorpusLikeGraph({ nodes, edgesPerNode: EDGES_PER_NODE });
    layoutGraph(graph, { maxIterations: 60 });
    const dir = writeGraphDir(graph, join(root, String(nodes)));
    const server = await startServer({ dir, port: 0 });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    try {
      await page.goto(server.url);
      await page.waitForSelector("body[data-state=ready]", { timeout: 180_000 });
      // No named inner functions below: tsx would wrap them in a helper the page lacks.
      const figures: Figures = await page.evaluate(async (moveMs) => {
        type Camera = { animate(state: object, options: object): Promise<void>; getState(): { x: number; y: number; ratio: number } };
        type Renderer = { render(): unknown; getCamera(): Camera; getSetting(name: string): unknown };
        const renderer = (window as unknown as { trama: { renderer: Renderer } }).trama.renderer;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const firstRenderMs = performance.now();
        // Time sigma's own render() for each frame it draws while the camera moves.
        const times: number[] = [];
        const render = renderer.render.bind(renderer);
        renderer.render = () => {
          const started = performance.now();
          const out = render();
          times.push(performance.now() - started);
          return out;
        };
        const camera = renderer.getCamera();
        const moves = [
          { x: 0.35, y: 0.4, ratio: 0.4 },
          { x: 0.65, y: 0.6, ratio: 0.25 },
          { x: 0.5, y: 0.5, ratio: 1.4 },
          { x: 0.5, y: 0.5, ratio: 1 },
        ];
        const began = performance.now();
        for (const state of moves) await camera.animate(state, { duration: moveMs / moves.length, easing: "linear" });
        const elapsed = performance.now() - began;
        renderer.render = render;
        // What a click costs: selecting an entity, then changing a filter (both refresh sigma).
        const store = (window as unknown as { trama: { store: { update(change: object): void } } }).trama.store;
        let started = performance.now();
        store.update({ selectedNode: "n1" });
        const selectMs = performance.now() - started;
        started = performance.now();
        store.update({ minEvidence: 2 });
        const filterMs = performance.now() - started;
        const sorted = [...times].sort((a, b) => a - b);
        return {
          selectMs,
          filterMs,
          readyMs: performance.getEntriesByName("viewer ready")[0]?.startTime ?? 0,
          phases: performance.getEntriesByType("measure").map((m) => `${m.name} ${m.duration.toFixed(0)}`).join(", "),
          firstRenderMs,
          frames: times.length,
          medianMs: sorted[Math.floor(0.5 * sorted.length)] ?? 0,
          p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] ?? 0,
          maxMs: sorted[sorted.length - 1] ?? 0,
          fps: (times.length / elapsed) * 1000,
          edgesHiddenOnMove: renderer.getSetting("hideEdgesOnMove") === true,
        };
      }, MOVE_MS);
      console.log(
        `nodes=${graph.order} edges=${graph.size}  viewer ready ${figures.readyMs.toFixed(0)} ms, first frame drawn ${figures.firstRenderMs.toFixed(0)} ms after navigation  ` +
          `render() JS per frame while moving: median ${figures.medianMs.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms, max ${figures.maxMs.toFixed(1)} ms ` +
          `over ${figures.frames} frames  (${figures.fps.toFixed(1)} frames/s with SwiftShader; edges hidden while moving: ${figures.edgesHiddenOnMove})\n` +
          `    start-up phases (ms): ${figures.phases}; select an entity ${figures.selectMs.toFixed(0)} ms, change a filter ${figures.filterMs.toFixed(0)} ms`,
      );
    } finally {
      await page.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}
