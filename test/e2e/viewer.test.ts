/// <reference lib="dom" />
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import gexf from "graphology-gexf";
import graphology from "graphology";
import type { Browser, Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/serve/index.ts";
import { ensureViewerBuilt, launchChromium } from "./browser.ts";
import { generateCorpusLikeGraph } from "../../bench/generate-graph.ts";
import { createCorpusGraph } from "../../src/graph/corpus-graph.ts";
import { datedGraph, HOSTILE_NAME, hostileGraph, writeGraphDir } from "./fixtures/graphs.ts";
import { buildSeedsGraph } from "./seeds-graph.ts";
import { GEXF_SCHEMA_DIR } from "../../scripts/shared-path.ts";

/** The GEXF 1.3 schema, kept with the shared data; xmllint comes from libxml2-utils. */
const GEXF_1_3_SCHEMA = `${GEXF_SCHEMA_DIR}/1.3/gexf.xsd`;

// The viewer in real headless Chromium against `trama serve`. One browser for the file;
// pages are reused where a test only reads.

describe("viewer (end to end, Chromium)", function () {
  this.timeout(60_000);
  let root: string;
  let browser: Browser;
  let page: Page;
  const servers: Record<string, RunningServer> = {};

  before(async function () {
    // Building the viewer and the seeds' graph takes a while on a busy machine.
    this.timeout(180_000);
    ensureViewerBuilt();
    root = mkdtempSync(join(tmpdir(), "trama-e2e-"));
    const seeds = buildSeedsGraph(join(root, "seeds"));
    const hostile = writeGraphDir(hostileGraph(), join(root, "hostile"));
    const malformed = join(root, "malformed");
    mkdirSync(malformed);
    writeFileSync(join(malformed, "graph.json"), '{"nodes": [ {"key": "a"');
    const missing = join(root, "missing");
    mkdirSync(missing);
    const empty = writeGraphDir(createCorpusGraph("nothing"), join(root, "empty"));
    const big = generateCorpusLikeGraph({ nodes: 2500, edgesPerNode: 2.5 });
    big.updateEachNodeAttributes((key, a) => ({ ...a, x: Number(key.slice(1)) % 50, y: Math.floor(Number(key.slice(1)) / 50) }));
    const large = writeGraphDir(big, join(root, "large"));
    const dated = writeGraphDir(datedGraph(), join(root, "dated"));
    for (const [name, dir] of Object.entries({ seeds, hostile, malformed, missing, empty, large, dated })) {
      servers[name] = await startServer({ dir, port: 0 });
    }
    browser = await launchChromium();
    page = await openViewer(servers.seeds!.url);
  });

  after(async () => {
    await browser?.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
    if (root) rmSync(root, { recursive: true, force: true });
  });

  async function openViewer(url: string): Promise<Page> {
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const errors: string[] = [];
    fresh.on("pageerror", (err) => errors.push(err.message));
    // A feature the Content-Security-Policy blocks fails quietly: only the console says so.
    fresh.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) errors.push(message.text());
    });
    await fresh.goto(url);
    await fresh.waitForSelector("body[data-state=ready], body[data-state=error], body[data-state=empty]");
    (fresh as Page & { errors?: string[] }).errors = errors;
    return fresh;
  }

  async function search(target: Page, selector: string, text: string): Promise<string> {
    await target.fill(selector, text);
    const list = `#${await target.getAttribute(selector, "aria-controls")}`;
    await target.waitForSelector(`${list} li[role=option]`);
    const first = (await target.textContent(`${list} li[role=option] .suggestion-label`)) ?? "";
    await target.press(selector, "Enter");
    return first;
  }

  /** Back to the default view: an empty hash is the default state. */
  const resetView = (target: Page) =>
    target.evaluate(() => {
      location.hash = "";
    });

  beforeEach(async () => {
    if (page) await resetView(page);
  });

  /** The key of the entity with this name, read from the loaded graph. */
  const keyOf = (target: Page, label: string) =>
    target.evaluate((name) => {
      const { graph } = (window as unknown as { trama: { graph: { findNode(f: (k: string, a: { label: string }) => boolean): string | undefined } } }).trama;
      return graph.findNode((_, a) => a.label === name) ?? null;
    }, label);

  const hiddenInView = (target: Page, key: string) =>
    target.evaluate((node) => {
      const { renderer } = (window as unknown as { trama: { renderer: { getNodeDisplayData(k: string): { hidden: boolean } | undefined } } }).trama;
      return renderer.getNodeDisplayData(node)?.hidden ?? null;
    }, key);

  it("draws the graph: the canvas has non-background pixels", async () => {
    assert.equal(await page.getAttribute("body", "data-state"), "ready");
    const shot = await page.locator("#sigma-container").screenshot();
    const inked = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) count++;
      return count / (data.length / 4);
    }, shot.toString("base64"));
    assert.ok(inked > 0.002, `only ${(inked * 100).toFixed(2)}% of the canvas is drawn`);
    assert.deepEqual((page as Page & { errors?: string[] }).errors, []);
  });

  it("draws relations the text does not assert dashed, asserted ones solid", async () => {
    const kinds = await page.evaluate(() => {
      type R = { getEdgeDisplayData(k: string): { type: string } | undefined };
      type G = { mapEdges(f: (k: string, a: { modality: string }) => [string, string]): Array<[string, string]> };
      const { renderer, graph } = (window as unknown as { trama: { renderer: R; graph: G } }).trama;
      return graph.mapEdges((key, a) => [a.modality, renderer.getEdgeDisplayData(key)?.type ?? "none"]);
    });
    const dashed = (program: string) => program.startsWith("dashed");
    for (const [modality, program] of kinds) {
      if (modality === "asserted") assert.ok(!dashed(program), `an asserted relation is drawn ${program}`);
      else assert.ok(dashed(program) || program.startsWith("curve"), `a ${modality} relation is drawn ${program}`);
    }
    assert.ok(kinds.some(([, program]) => dashed(program)), "the seeds hold a planned relation drawn dashed");
  });

  it("search selects Vladimir Putin; the panel lists MET with Kim Jong-un and its evidence", async () => {
    const suggested = await search(page, "#search-input", "Putin");
    assert.equal(suggested, "Vladimir Putin");
    await page.waitForSelector("#panel:not([hidden]) .entity-name");
    assert.equal(await page.textContent("#panel .entity-name"), "Vladimir Putin");
    assert.match(page.url(), /node=/);
    // The camera glides to the entity.
    await page.waitForTimeout(600);
    const offset = await page.evaluate(() => {
      type R = { getCamera(): { getState(): { x: number; y: number } }; getNodeDisplayData(k: string): { x: number; y: number } };
      const { renderer, store } = (window as unknown as { trama: { renderer: R; store: { state: { selectedNode: string } } } }).trama;
      const camera = renderer.getCamera().getState();
      const node = renderer.getNodeDisplayData(store.state.selectedNode);
      return Math.hypot(camera.x - node.x, camera.y - node.y);
    });
    assert.ok(offset < 0.02, `camera is ${offset.toFixed(3)} away from the selected entity`);
    const met = page.locator('#panel .relation-group[data-relation="MET"] .relation', { hasText: "Kim Jong" });
    assert.equal(await met.count(), 1, "MET with Kim Jong-un is listed");
    const evidence = await met.locator("blockquote").allTextContents();
    assert.ok(evidence.length > 0 && evidence.every((s) => s.trim().length > 10), "MET carries evidence sentences");
    const marked = await met.locator("blockquote mark").allTextContents();
    assert.ok(marked.some((m) => /putin|kim/i.test(m)), `names are highlighted in the evidence (got ${JSON.stringify(marked)})`);

    // The evidence button opens the relation with every piece of its evidence.
    await met.locator(".evidence-count").click();
    await page.waitForSelector("#panel .relation-title");
    const title = await page.textContent("#panel .relation-title");
    assert.match(title ?? "", /Kim Jong.*Putin|Putin.*Kim Jong/);
    assert.ok((await page.locator("#panel .evidence-list .evidence").count()) >= 1);
  });

  it("keyboard: / goes to the search box, Esc clears the selection", async () => {
    await page.locator("#sigma-container").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    // The page handles keys asynchronously: wait for the state, never read it once.
    await page.waitForFunction(() => document.activeElement?.id === "search-input");
    await search(page, "#search-input", "Putin");
    await page.waitForSelector("#panel .entity-name");
    await page.keyboard.press("Escape");
    await page.waitForSelector("#panel", { state: "hidden" });
    await page.waitForFunction(() => !location.href.includes("node="));

    // Arrow keys move through the suggestions; Enter takes the one marked.
    await page.fill("#search-input", "a");
    await page.waitForSelector("#search-results li[role=option] >> nth=1");
    const second = await page.locator("#search-results li[role=option] .suggestion-label").nth(1).textContent();
    await page.press("#search-input", "ArrowDown");
    await page.waitForFunction(
      () => document.querySelectorAll("#search-results li[role=option]")[1]?.getAttribute("aria-selected") === "true",
    );
    await page.press("#search-input", "Enter");
    await page.waitForSelector("#panel .entity-name");
    assert.equal(await page.textContent("#panel .entity-name"), second);
  });

  it("an article in the panel filters the graph to that article", async () => {
    await search(page, "#search-input", "Putin");
    const chip = page.locator("#panel .facts .article").first();
    const id = (await chip.textContent()) ?? "";
    await chip.click();
    assert.equal(await page.inputValue("#filter-article"), id);
    assert.ok(page.url().includes(`article=${encodeURIComponent(id)}`));
    const outside = await page.evaluate((article) => {
      type G = { filterNodes(f: (k: string, a: { articles: string[] }) => boolean): string[] };
      type R = { getNodeDisplayData(k: string): { hidden: boolean } };
      const { graph, renderer } = (window as unknown as { trama: { graph: G; renderer: R } }).trama;
      return graph.filterNodes((_, a) => !a.articles.includes(article)).filter((k) => !renderer.getNodeDisplayData(k).hidden);
    }, id);
    assert.deepEqual(outside, [], "entities not in that article are hidden");
  });

  it("a type filter hides the entities of that type and only those", async () => {
    const putin = await keyOf(page, "Vladimir Putin");
    const russia = (await keyOf(page, "Russia")) ?? (await keyOf(page, "Federazione Russa"));
    assert.ok(putin && russia);
    assert.equal(await hiddenInView(page, putin), false);
    await page.uncheck('input[data-filter=entityTypes][value="PERSON"]');
    assert.equal(await hiddenInView(page, putin), true);
    assert.equal(await hiddenInView(page, russia), false);
    assert.match(page.url(), /types=ORG%2CGPE%2CLOC%2CEVENT|types=ORG,GPE,LOC,EVENT/);
    await page.check('input[data-filter=entityTypes][value="PERSON"]');
    assert.equal(await hiddenInView(page, putin), false);
    // Hiding every type leaves an explained empty stage, not a blank one.
    for (const type of ["PERSON", "ORG", "GPE", "LOC", "EVENT"]) await page.uncheck(`input[data-filter=entityTypes][value="${type}"]`);
    assert.match((await page.textContent("#stage-message")) ?? "", /No entity passes these filters/);
    await page.click("#filters-reset");
    assert.equal(await page.isHidden("#stage-message"), true);
  });

  it("the path finder finds a path from Kim Jong-un to Sergei Shoigu, step by step with evidence", async () => {
    await page.click("#path-toggle");
    assert.equal(await search(page, "#path-from", "Kim Jong"), "Kim Jong-un");
    assert.equal(await search(page, "#path-to", "Shoigu"), "Sergei Shoigu");
    await page.waitForSelector("#panel .paths .path");
    const steps = page.locator("#panel .paths .path").first().locator(".path-step");
    assert.ok((await steps.count()) >= 1);
    const first = await steps.first().locator(".step-head").textContent();
    const last = await steps.last().locator(".step-head").textContent();
    assert.match(first ?? "", /^Kim Jong-un/);
    assert.match(last ?? "", /Sergei Shoigu$/);
    assert.ok((await steps.first().locator("blockquote").count()) >= 1, "each step shows evidence");
    assert.match(page.url(), /pathFrom=.*pathTo=/);
    await page.click("#path-clear");
    await page.click("#path-toggle");
  });

  it("the URL round-trips filters and selection", async () => {
    await page.uncheck('input[data-filter=entityTypes][value="ORG"]');
    await page.uncheck('input[data-filter=modalities][value="planned"]');
    await page.uncheck('input[data-filter=relationTypes][value="HOLDS_ROLE"]');
    await page.check('input[name=hops][value="2"]');
    await search(page, "#search-input", "Kim Jong");
    await page.waitForSelector("#panel .entity-name");
    const url = page.url();
    assert.match(url, /#.*types=/);

    const again = await openViewer(url);
    try {
      const checked = (field: string, value: string) => again.isChecked(`input[data-filter=${field}][value="${value}"]`);
      const state = {
        org: await checked("entityTypes", "ORG"),
        person: await checked("entityTypes", "PERSON"),
        planned: await checked("modalities", "planned"),
        asserted: await checked("modalities", "asserted"),
        holdsRole: await checked("relationTypes", "HOLDS_ROLE"),
        hops: await again.getAttribute("input[name=hops]:checked", "value"),
        panel: await again.textContent("#panel .entity-name"),
        hash: new URL(again.url()).hash,
      };
      assert.deepEqual(state, {
        org: false,
        person: true,
        planned: false,
        asserted: true,
        holdsRole: false,
        hops: "2",
        panel: "Kim Jong-un",
        hash: new URL(url).hash,
      });
    } finally {
      await again.close();
    }
    await page.keyboard.press("Escape");
    await page.click("#filters-reset");
    await page.check('input[name=hops][value="1"]');
    assert.equal(new URL(page.url()).hash, "");
  });

  it("exports the filtered graph as GEXF, valid against the 1.3 schema, that graphology reads back", async () => {
    await page.uncheck('input[data-filter=entityTypes][value="PERSON"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const xml = readFileSync((await download.path())!, "utf8");
    assert.match(download.suggestedFilename(), /\.gexf$/);
    const lint = spawnSync("xmllint", ["--noout", "--schema", GEXF_1_3_SCHEMA, (await download.path())!], { encoding: "utf8" });
    assert.ifError(lint.error);
    assert.equal(lint.status, 0, `not valid GEXF 1.3: ${lint.stderr}`);
    const parsed = gexf.parse(graphology.MultiDirectedGraph, xml);
    const shown = await page.evaluate(() => {
      const { graph } = (window as unknown as { trama: { graph: { filterNodes(f: (k: string, a: { type: string }) => boolean): string[] } } }).trama;
      return graph.filterNodes((_, a) => a.type !== "PERSON").sort();
    });
    assert.deepEqual(parsed.nodes().sort(), shown, "exactly the entities the filters show");
    assert.ok(parsed.size > 0);
  });

  it("exports the view as a PNG image", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const png = readFileSync((await download.path())!);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.ok(png.length > 5000, `PNG is only ${png.length} bytes`);
  });

  it("clicking a relation on the canvas opens all its evidence", async () => {
    // The panel closing widens the stage; let sigma catch up before measuring.
    await page.waitForSelector("#panel", { state: "hidden" });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // A point on a straight edge as far as can be from every entity (whose discs would take the click).
    const point = await page.evaluate(() => {
      type Point = { x: number; y: number };
      type R = { graphToViewport(p: Point): Point; getEdgeDisplayData(k: string): { type: string; hidden: boolean } | undefined };
      type G = {
        forEachEdge(f: (k: string, a: object, s: string, t: string, sa: Point, ta: Point) => void): void;
        mapNodes(f: (k: string, a: Point) => Point): Point[];
      };
      const { renderer, graph } = (window as unknown as { trama: { renderer: R; graph: G } }).trama;
      const nodes = graph.mapNodes((_, a) => renderer.graphToViewport(a));
      let best: { edge: string; at: Point; clearance: number } | null = null;
      graph.forEachEdge((edge, _a, _s, _t, source, target) => {
        const shown = renderer.getEdgeDisplayData(edge);
        if (!shown || shown.hidden || (shown.type !== "straight" && shown.type !== "arrow")) return;
        const a = renderer.graphToViewport(source);
        const b = renderer.graphToViewport(target);
        for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
          const at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
          const clearance = Math.min(...nodes.map((n) => Math.hypot(n.x - at.x, n.y - at.y)));
          if (!best || clearance > best.clearance) best = { edge, at, clearance };
        }
      });
      return best as { edge: string; at: Point; clearance: number } | null;
    });
    assert.ok(point, "the graph has a straight relation to click");
    const box = (await page.locator("#sigma-container").boundingBox())!;
    // A relation is a couple of pixels wide: try the point and its neighbours, as a hand would.
    for (const [dx, dy] of [[0, 0], [0, -1], [0, 1], [-1, 0], [1, 0], [0, -2], [0, 2], [-2, 0], [2, 0]] as const) {
      await page.mouse.click(box.x + point.at.x + dx, box.y + point.at.y + dy);
      if (await page.isVisible("#panel .relation-title")) break;
    }
    await page.waitForSelector("#panel .relation-title");
    assert.ok(page.url().includes(`edge=${encodeURIComponent(point.edge)}`), page.url());
    assert.ok((await page.locator("#panel .evidence-list .evidence blockquote").count()) >= 1);
  });

  it("runs ForceAtlas2 in a worker from the built positions, and stops it", async () => {
    const positions = () =>
      page.evaluate(() => {
        const { graph } = (window as unknown as { trama: { graph: { mapNodes(f: (k: string, a: { x: number; y: number }) => string): string[] } } }).trama;
        return graph.mapNodes((_, a) => `${a.x},${a.y}`).join(";");
      });
    const built = await positions();
    await page.click("#layout-toggle");
    assert.equal(await page.textContent("#layout-toggle"), "Stop layout");
    await page.waitForTimeout(400);
    await page.click("#layout-toggle");
    assert.equal(await page.textContent("#layout-toggle"), "Run layout");
    const moved = await positions();
    assert.notEqual(moved, built, "the layout moved the entities");
    await page.waitForTimeout(200);
    assert.equal(await positions(), moved, "stopped means stopped");
  });

  it("breaks no rule of the Content-Security-Policy while used", () => {
    assert.deepEqual((page as Page & { errors?: string[] }).errors, []);
  });

  it("shows hostile names as text and runs none of them", async () => {
    const hostile = await openViewer(servers.hostile!.url);
    try {
      assert.equal(await search(hostile, "#search-input", "img src"), HOSTILE_NAME);
      await hostile.waitForSelector("#panel .entity-name");
      assert.equal(await hostile.textContent("#panel .entity-name"), HOSTILE_NAME);
      assert.ok(((await hostile.textContent("#panel blockquote")) ?? "").includes("<script>window.__pwned=4</script>"));
      assert.ok(((await hostile.textContent("#graph-name")) ?? "").includes('<img src=x onerror="window.__pwned=7">'));
      await hostile.waitForTimeout(200);
      const result = await hostile.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        injected: document.querySelectorAll("body img, body svg:not(.icon), body script, body iframe, #panel a").length,
      }));
      assert.deepEqual(result, { pwned: undefined, injected: 0 });
    } finally {
      await hostile.close();
    }
  });

  it("the timeline sliders narrow the dates shown, and the URL keeps them", async () => {
    const dated = await openViewer(servers.dated!.url);
    try {
      const shown = () =>
        dated.evaluate(() => {
          type R = { getNodeDisplayData(k: string): { hidden: boolean } };
          type G = { filterNodes(f: (k: string) => boolean): string[] };
          const { renderer, graph } = (window as unknown as { trama: { renderer: R; graph: G } }).trama;
          return graph.filterNodes((k) => !renderer.getNodeDisplayData(k).hidden).sort();
        });
      assert.equal(await dated.locator("#timeline-bars .bar").count(), 3);
      await dated.fill("#filter-date-from", "1");
      assert.match(dated.url(), /from=2024-06-10/);
      assert.deepEqual(await shown(), ["ottavio-brunelli", "pietrascura", "roccamara"]);
      await dated.fill("#filter-date-to", "1");
      assert.match(dated.url(), /to=2024-06-10/);
      assert.deepEqual(await shown(), ["ottavio-brunelli", "roccamara"]);
      assert.equal(await dated.locator("#timeline-bars .bar.out").count(), 2);
      const again = await openViewer(dated.url());
      try {
        assert.equal(await again.inputValue("#filter-date-from"), "1");
        assert.equal(await again.inputValue("#filter-date-to"), "1");
      } finally {
        await again.close();
      }
    } finally {
      await dated.close();
    }
  });

  it("on a big graph, a selection lights up its neighbourhood and leaves the rest as it was", async () => {
    const big = await openViewer(servers.large!.url);
    try {
      const seen = await big.evaluate(() => {
        type Shown = { color: string; forceLabel: boolean; highlighted: boolean; size: number };
        type R = { getNodeDisplayData(k: string): Shown; getEdgeDisplayData(k: string): Shown; getSetting(k: string): unknown };
        type G = { neighbors(k: string): string[]; edges(k: string): string[]; findNode(f: (k: string) => boolean): string; someNeighbor(k: string, f: () => boolean): boolean; filterNodes(f: (k: string) => boolean): string[] };
        type S = { update(c: object): void };
        const { renderer, graph, store } = (window as unknown as { trama: { renderer: R; graph: G; store: S } }).trama;
        const hub = graph.findNode((k) => graph.neighbors(k).length >= 3);
        const far = graph.filterNodes((k) => k !== hub && !graph.neighbors(hub).includes(k))[0]!;
        const edge = graph.edges(hub)[0]!;
        const before = { far: renderer.getNodeDisplayData(far).color, edge: renderer.getEdgeDisplayData(edge).size };
        store.update({ selectedNode: hub });
        const neighbour = graph.neighbors(hub)[0]!;
        return {
          hideEdgesOnMove: renderer.getSetting("hideEdgesOnMove"),
          selected: renderer.getNodeDisplayData(hub).highlighted,
          neighbourLabelled: renderer.getNodeDisplayData(neighbour).forceLabel,
          farUnchanged: renderer.getNodeDisplayData(far).color === before.far,
          edgeWider: renderer.getEdgeDisplayData(edge).size > before.edge,
        };
      });
      assert.deepEqual(seen, { hideEdgesOnMove: true, selected: true, neighbourLabelled: true, farUnchanged: true, edgeWider: true });
    } finally {
      await big.close();
    }
  });

  it("explains a missing, malformed or empty graph.json", async () => {
    for (const [name, state, expected] of [
      ["missing", "error", /graph\.json is missing.*trama build/s],
      ["malformed", "error", /graph\.json is not valid JSON.*Rebuild it/s],
      ["empty", "empty", /no entities/],
    ] as const) {
      const broken = await openViewer(servers[name]!.url);
      try {
        assert.equal(await broken.getAttribute("body", "data-state"), state);
        assert.match((await broken.textContent("#stage-message")) ?? "", expected);
      } finally {
        await broken.close();
      }
    }
  });
});
