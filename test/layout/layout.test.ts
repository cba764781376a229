import assert from "node:assert/strict";
import { generateCorpusLikeGraph } from "../../bench/generate-graph.ts";
import { createCorpusGraph, type CorpusGraph } from "../../src/graph/corpus-graph.ts";
import { SettingsError } from "../../src/errors.ts";
import { layoutGraph, resolveLayoutSettings } from "../../src/layout/index.ts";

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
    const report = layoutGraph(graph, { barnesHutFrom: 100, maxIterations: 50 });
    layoutGraph(copy, { barnesHutFrom: 100, maxIterations: 50 });
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
    const settled = layoutGraph(graph, { maxIterations: 2000, stopBelow: 0.01 });
    assert.equal(settled.stoppedEarly, true);
    assert.ok(settled.iterations < 2000);
    const budget = layoutGraph(graph, { maxIterations: 30, stopBelow: 0 });
    assert.equal(budget.iterations, 30);
    assert.equal(budget.stoppedEarly, false);
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
