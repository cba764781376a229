import assert from "node:assert/strict";
import { generateCorpusLikeGraph } from "../../bench/generate-graph.ts";
import { createCorpusGraph, type CorpusGraph } from "../../src/graph/corpus-graph.ts";
import { SettingsError } from "../../src/errors.ts";
import { toLayoutInput } from "../../src/layout/arrays.ts";
import { layoutGraph, resolveLayoutSettings } from "../../src/layout/index.ts";
import { runMultilevel } from "../../src/layout/multilevel.ts";
import { layoutQuality } from "../../src/layout/quality.ts";

function positions(graph: CorpusGraph): string {
  return JSON.stringify(
    graph
      .nodes()
      .sort()
      .map((key) => [key, graph.getNodeAttribute(key, "x"), graph.getNodeAttribute(key, "y")]),
  );
}

/** The same nodes and edges as `graph`, inserted in reverse order. */
function reversedCopy(graph: CorpusGraph): CorpusGraph {
  const copy = createCorpusGraph();
  for (const key of graph.nodes().reverse()) copy.addNode(key, { ...graph.getNodeAttributes(key) });
  for (const key of graph.edges().reverse()) {
    copy.addEdgeWithKey(key, graph.source(key), graph.target(key), { ...graph.getEdgeAttributes(key) });
  }
  return copy;
}

function meanDistance(graph: CorpusGraph, pairs: Array<[string, string]>): number {
  let total = 0;
  for (const [a, b] of pairs) {
    const pa = graph.getNodeAttributes(a);
    const pb = graph.getNodeAttributes(b);
    total += Math.hypot(pa.x - pb.x, pa.y - pb.y);
  }
  return total / pairs.length;
}

describe("layoutGraph", () => {
  it("gives every node finite coordinates", () => {
    const graph = generateCorpusLikeGraph({ nodes: 300, seed: 1 });
    layoutGraph(graph);
    graph.forEachNode((key, attributes) => {
      assert.ok(Number.isFinite(attributes.x) && Number.isFinite(attributes.y), key);
    });
  });

  it("places the same graph identically whatever the insertion order", () => {
    const graph = generateCorpusLikeGraph({ nodes: 400, seed: 2 });
    const copy = reversedCopy(graph);
    layoutGraph(graph);
    layoutGraph(copy);
    assert.equal(positions(copy), positions(graph));
  });

  it("places the same graph identically with Barnes–Hut on", () => {
    const graph = generateCorpusLikeGraph({ nodes: 400, seed: 3 });
    const copy = reversedCopy(graph);
    const report = layoutGraph(graph, { barnesHutFrom: 100 });
    layoutGraph(copy, { barnesHutFrom: 100 });
    assert.equal(report.barnesHut, true);
    assert.equal(positions(copy), positions(graph));
  });

  it("puts linked nodes closer together than unlinked ones", () => {
    const graph = generateCorpusLikeGraph({ nodes: 500, seed: 4 });
    layoutGraph(graph);
    const linked = graph.edges().map((edge) => [graph.source(edge), graph.target(edge)] as [string, string]);
    const keys = graph.nodes();
    const unlinked = linked.map((_, i) => [keys[i % keys.length]!, keys[(i * 7919 + 13) % keys.length]!] as [string, string]);
    assert.ok(meanDistance(graph, linked) * 2 < meanDistance(graph, unlinked));
  });

  it("stops early once nodes settle, and runs the whole budget when told to", () => {
    const graph = generateCorpusLikeGraph({ nodes: 200, seed: 5 });
    const settled = layoutGraph(graph, { coarsestSize: 0, maxIterations: 2000, stopBelow: 0.01 });
    assert.equal(settled.stoppedEarly, true);
    assert.ok(settled.iterations < 2000);
    const budget = layoutGraph(graph, { coarsestSize: 0, maxIterations: 30, stopBelow: 0 });
    assert.equal(budget.iterations, 30);
    assert.equal(budget.stoppedEarly, false);
  });

  it("lays out coarsened graphs first, finest level last", () => {
    const graph = generateCorpusLikeGraph({ nodes: 2000, seed: 6 });
    const report = layoutGraph(graph);
    assert.ok(report.levels.length > 2);
    assert.equal(report.levels.at(-1)!.nodes, 2000);
    for (let i = 1; i < report.levels.length; i++) assert.ok(report.levels[i]!.nodes > report.levels[i - 1]!.nodes);
  });

  it("reaches lower stress than a long single-level run, with as good neighbourhoods", () => {
    const multilevel = toLayoutInput(generateCorpusLikeGraph({ nodes: 600, seed: 11 }), true);
    const single = toLayoutInput(generateCorpusLikeGraph({ nodes: 600, seed: 11 }), true);
    runMultilevel(multilevel, resolveLayoutSettings());
    runMultilevel(single, resolveLayoutSettings({ coarsestSize: 0, maxIterations: 800, stopBelow: 0 }));
    const ours = layoutQuality(multilevel);
    const reference = layoutQuality(single);
    assert.ok(ours.stress < reference.stress, `stress ${ours.stress} vs ${reference.stress}`);
    assert.ok(ours.neighbourhood > reference.neighbourhood - 0.05, `neighbourhood ${ours.neighbourhood} vs ${reference.neighbourhood}`);
  });

  it("handles an empty graph and a single node", () => {
    assert.equal(layoutGraph(createCorpusGraph()).nodes, 0);
    const single = generateCorpusLikeGraph({ nodes: 1 });
    layoutGraph(single);
    assert.ok(Number.isFinite(single.getNodeAttribute("n0", "x")));
  });
});

describe("resolveLayoutSettings", () => {
  const bad: Array<[string, Record<string, unknown>]> = [
    ["layout.maxIterations", { maxIterations: 0 }],
    ["layout.maxIterations", { maxIterations: 2.5 }],
    ["layout.stopBelow", { stopBelow: -1 }],
    ["layout.barnesHutTheta", { barnesHutTheta: 0 }],
    ["layout.scalingRatio", { scalingRatio: Number.NaN }],
    ["layout.gravity", { gravity: -0.1 }],
    ["layout.levelIterations", { levelIterations: -1 }],
    ["layout.coarsestSize", { coarsestSize: -5 }],
  ];
  for (const [setting, partial] of bad) {
    it(`rejects ${JSON.stringify(partial)} naming ${setting}`, () => {
      assert.throws(
        () => resolveLayoutSettings(partial),
        (err: unknown) => err instanceof SettingsError && err.setting === setting && err.message.startsWith("trama:"),
      );
    });
  }
});
