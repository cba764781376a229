import assert from "node:assert/strict";
import { toGraphml } from "../../src/export/graphml.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { assertSameEdges, python, writeTemp, xmllint } from "./helpers.ts";

describe("export/graphml", () => {
  const graph = fixtureGraph();
  const file = writeTemp("g.graphml", toGraphml(graph));

  it("is well-formed XML", () => {
    const { ok, output } = xmllint(file);
    assert.ok(ok, output);
  });

  it("reads back with NetworkX: same nodes, edges, typed attributes, hostile names intact", () => {
    const out = python(
      `import sys, json, networkx as nx
G = nx.read_graphml(sys.argv[1])
print(json.dumps({"multi": G.is_multigraph(), "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)]}))`,
      file,
    );
    const read = JSON.parse(out) as {
      multi: boolean;
      nodes: Record<string, Record<string, unknown>>;
      edges: Array<[string, string, string, Record<string, unknown>]>;
    };
    assert.ok(read.multi);
    assert.deepEqual(Object.keys(read.nodes).sort(), graph.nodes().sort());
    assert.equal(read.nodes["borgo-quieto"]!.label, HOSTILE.gpe);
    assert.equal(read.nodes["lago-verde"]!.label, HOSTILE.loc);
    assert.equal(read.nodes["vasco-pellandra"]!.mentions, 5);
    assert.deepEqual(JSON.parse(read.nodes["vasco-pellandra"]!.aliases as string), graph.getNodeAttribute("vasco-pellandra", "aliases"));
    assertSameEdges(graph, read.edges);
    for (const [, , , d] of read.edges) assert.equal(typeof d.symmetric, "boolean");
  });
});
