import assert from "node:assert/strict";
import gexf from "graphology-gexf";
import graphology from "graphology";
import { toGexf, type GexfVersion } from "../../src/export/gexf.ts";
import { createCorpusGraph, edgeKey } from "../../src/graph/corpus-graph.ts";
import { stripXmlForbidden } from "../../src/export/xml.ts";
import { fixtureGraph, HOSTILE } from "./fixture-graph.ts";
import { assertSameEdges, GEXF_SCHEMAS, python, writeTemp, xmllint } from "./helpers.ts";

const VERSIONS: GexfVersion[] = ["1.3", "1.2draft"];

describe("export/gexf", () => {
  for (const version of VERSIONS) {
    it(`writes GEXF ${version} that the official schema accepts`, () => {
      for (const graph of [fixtureGraph(), createCorpusGraph("empty")]) {
        const file = writeTemp("g.gexf", toGexf(graph, { version }));
        const { ok, output } = xmllint(file, GEXF_SCHEMAS[version]);
        assert.ok(ok, output);
      }
    });

    it(`GEXF ${version} reads back with graphology-gexf: same nodes, edges and attributes`, () => {
      const graph = fixtureGraph();
      const back = gexf.parse(graphology.MultiDirectedGraph, toGexf(graph, { version }));
      assert.deepEqual(back.nodes().sort(), graph.nodes().sort());
      assert.deepEqual(back.edges().sort(), graph.edges().sort());
      graph.forEachNode((key, a) => {
        const b = back.getNodeAttributes(key);
        assert.equal(b.label, stripXmlForbidden(a.label).replace(/\s+/g, " ").trim());
        assert.equal(b.entity_type, a.type);
        assert.deepEqual(b.aliases, a.aliases.map(stripXmlForbidden));
        assert.equal(b.degree, graph.degree(key));
        assert.equal(b.mentions, a.mentions);
        assert.equal(b.article_count, a.articles.length);
        assert.equal(b.size, a.size);
        assert.equal(b.x, Number.isFinite(a.x) ? a.x : 0);
      });
      graph.forEachEdge((key, a, source, target) => {
        assert.equal(back.source(key), source);
        assert.equal(back.target(key), target);
        const b = back.getEdgeAttributes(key);
        assert.equal(b.label, a.type);
        assert.equal(b.relation, a.type);
        assert.equal(b.modality, a.modality);
        assert.equal(b.evidence_count, a.evidence.length);
        assert.equal(b.weight, a.evidence.length);
        assert.deepEqual(b.articles, a.articles);
        assert.equal(b.first_date, a.firstDate);
        if (a.items) assert.deepEqual(b.items, a.items.map(stripXmlForbidden));
        if (version === "1.3") assert.equal(b.kind, a.type);
      });
    });
  }

  it("GEXF 1.2draft reads back with NetworkX: same nodes, edges, labels and attributes", () => {
    const graph = fixtureGraph();
    const file = writeTemp("g.gexf", toGexf(graph, { version: "1.2draft" }));
    const out = python(
      `import sys, json, networkx as nx
G = nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, k, d] for u, v, k, d in G.edges(keys=True, data=True)],
  "mode": G.graph.get("mode")}))`,
      file,
    );
    const read = JSON.parse(out) as {
      nodes: Record<string, Record<string, unknown>>;
      edges: Array<[string, string, string, Record<string, unknown>]>;
      mode: string;
    };
    assert.equal(read.mode, "dynamic");
    assert.deepEqual(Object.keys(read.nodes).sort(), graph.nodes().sort());
    graph.forEachNode((key, a) => {
      const n = read.nodes[key]!;
      assert.equal(n.label, a.label.replace(/\s+/g, " ").trim());
      assert.equal(n.entity_type, a.type);
      assert.equal(n.mentions, a.mentions);
      assert.deepEqual(JSON.parse(n.aliases as string), a.aliases.map(stripXmlForbidden));
    });
    assertSameEdges(graph, read.edges);
  });

  it("gives each node and edge non-overlapping day spells from its dates, and the graph a date timeline", () => {
    const text = toGexf(fixtureGraph());
    assert.match(text, /<graph defaultedgetype="directed" mode="dynamic" timeformat="date">/);
    // vasco: articles a1 (2024-05-03) and a2 (2024-05) merge into the month.
    const vasco = /<node id="vasco-pellandra"[^]*?<\/node>/.exec(text)![0];
    assert.match(vasco, /<spells><spell start="2024-05-01" end="2024-05-31"\/><\/spells>/);
    // VISITED happened in 2024-06 (event date), not when the article was written.
    const at = text.indexOf(`<edge id="${edgeKey("vasco-pellandra", "VISITED", "borgo-quieto")}"`);
    const visited = text.slice(at, text.indexOf("</edge>", at));
    assert.match(visited, /<spell start="2024-06-01" end="2024-06-30"\/>/);
    // An entity only in an undated article has no spells: always visible.
    const lago = /<node id="lago-verde"[^]*?<\/node>/.exec(text)![0];
    assert.doesNotMatch(lago, /<spells>/);
  });

  it("is static when no date is known", () => {
    const graph = createCorpusGraph("undated");
    graph.addNode("x", { label: "Xeno", type: "PERSON", aliases: [], mentions: 1, articles: ["u"], x: 0, y: 0, size: 1 });
    assert.match(toGexf(graph), /<graph defaultedgetype="directed" mode="static">/);
  });

  it("keeps hostile text as data: escaped markup, no forbidden characters, one line labels", () => {
    const text = toGexf(fixtureGraph());
    assert.ok(!text.includes("<script>"), "raw <script> in output");
    assert.ok(text.includes("&lt;script&gt;"));
    assert.ok(!/[\u0000\u0001]/.test(text));
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text), "lone surrogate in output");
    assert.ok(text.includes("🎉"));
    assert.ok(text.includes(`label="${HOSTILE.loc.replace("\n", " ")}"`));
  });

  it("is deterministic: same bytes whatever order the graph was built in", () => {
    const a = fixtureGraph();
    const b = createCorpusGraph(a.getAttribute("name"));
    b.replaceAttributes(a.getAttributes());
    for (const key of [...a.nodes()].reverse()) b.addNode(key, a.getNodeAttributes(key));
    for (const key of [...a.edges()].reverse()) b.addDirectedEdgeWithKey(key, a.source(key), a.target(key), a.getEdgeAttributes(key));
    assert.equal(toGexf(b), toGexf(a));
  });

  it("rejects an unknown version naming the setting", () => {
    assert.throws(() => toGexf(fixtureGraph(), { version: "1.1" as GexfVersion }), /setting 'gexf.version'/);
  });
});
