import assert from "node:assert/strict";
import { overlaps } from "../../viewer/src/dates.ts";
import { parseGraphJson, GraphLoadError, type ViewerGraph } from "../../viewer/src/graph-data.ts";
import { neighbourhood } from "../../viewer/src/emphasis.ts";
import { shortestPaths } from "../../viewer/src/paths.ts";
import { fold, SearchIndex } from "../../viewer/src/search-index.ts";
import { DEFAULT_VIEW_STATE, fromHash, toHash, type ViewState } from "../../viewer/src/state.ts";
import { computeVisibility } from "../../viewer/src/visibility.ts";
import type { EdgeAttributes, EdgeEvidence, EntityType, Modality, RelationType } from "../../src/types.ts";

// The viewer's logic without a browser: filters, URL state, search, paths. Invented
// names throughout (a made-up minister, made-up towns).

function evidence(article: string, modality: Modality, date?: string): EdgeEvidence {
  return { article, sentence: "Una frase.", start: 0, end: 10, sentenceIndex: 0, modality, confidence: 0.9, ...(date ? { articleDate: date } : {}) };
}

function graphOf(
  nodes: Array<[string, string, EntityType, string[], string[]?, string?]>,
  edges: Array<[string, RelationType, string, EdgeEvidence[]]>,
): ViewerGraph {
  return parseGraphJson(
    JSON.stringify({
      attributes: { name: "test", generator: "test", articles: {} },
      options: { type: "directed", multi: true, allowSelfLoops: true },
      nodes: nodes.map(([key, label, type, aliases, articles = ["a1"], date]) => ({
        key,
        attributes: { label, type, aliases, mentions: 1, articles, x: 0, y: 0, size: 1, ...(date ? { firstSeen: date, lastSeen: date } : {}) },
      })),
      edges: edges.map(([s, type, o, ev]) => ({
        key: `${s}|${type}|${o}`,
        source: s,
        target: o,
        attributes: {
          type,
          symmetric: type === "MET",
          modality: ev[0]!.modality,
          modalities: [...new Set(ev.map((e) => e.modality))],
          evidence: ev,
          articles: [...new Set(ev.map((e) => e.article))],
          confidence: 0.9,
        } satisfies EdgeAttributes,
      })),
    }),
  );
}

const state = (change: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW_STATE, ...change });

const graph = graphOf(
  [
    ["aldo", "Aldo Ferravecchia", "PERSON", ["Ferravecchia", "il ministro dei Mulini"], ["a1", "a2"], "2024-03-02"],
    ["bice", "Bice Sartorello", "PERSON", ["Sartorello"], ["a1"], "2024-03-02"],
    ["borgo", "Borgo Lucente", "GPE", [], ["a2"], "2024-05"],
    ["ente", "Ente Nebbie", "ORG", ["Énte Nébbie"], ["a3"]],
    ["cala", "Cala Remota", "LOC", [], ["a3"]],
  ],
  [
    ["aldo", "MET", "bice", [evidence("a1", "asserted", "2024-03-02"), evidence("a1", "planned", "2024-03-02")]],
    ["aldo", "VISITED", "borgo", [evidence("a2", "planned", "2024-05")]],
    ["ente", "BASED_IN", "borgo", [evidence("a3", "asserted")]],
    ["bice", "CRITICIZED", "ente", [evidence("a3", "negated")]],
  ],
);

describe("viewer logic: filters", () => {
  it("shows everything by default", () => {
    const v = computeVisibility(graph, state());
    assert.equal(v.nodes.size, 5);
    assert.equal(v.edges.size, 4);
  });

  it("hides the entities of an unchecked type and the relations that touch them", () => {
    const v = computeVisibility(graph, state({ entityTypes: new Set<EntityType>(["PERSON", "ORG", "LOC", "EVENT"]) }));
    assert.ok(!v.nodes.has("borgo"));
    assert.deepEqual([...v.edges.keys()].sort(), ["aldo|MET|bice", "bice|CRITICIZED|ente"]);
  });

  it("counts only the evidence that passes modality, article and date filters", () => {
    const onlyAsserted = computeVisibility(graph, state({ modalities: new Set<Modality>(["asserted"]) }));
    assert.equal(onlyAsserted.edges.get("aldo|MET|bice"), 1);
    assert.ok(!onlyAsserted.edges.has("aldo|VISITED|borgo"));
    assert.ok(!onlyAsserted.edges.has("bice|CRITICIZED|ente"));

    const article = computeVisibility(graph, state({ article: "a2" }));
    assert.deepEqual([...article.nodes].sort(), ["aldo", "borgo"]);
    assert.deepEqual([...article.edges.keys()], ["aldo|VISITED|borgo"]);

    const may = computeVisibility(graph, state({ dateFrom: "2024-04", dateTo: null }));
    assert.deepEqual([...may.nodes], ["borgo"], "undated and earlier entities drop out");
  });

  it("keeps an edge only with at least the minimum evidence", () => {
    const v = computeVisibility(graph, state({ minEvidence: 2 }));
    assert.deepEqual([...v.edges.keys()], ["aldo|MET|bice"]);
    assert.equal(v.nodes.size, 5, "entities stay; only relations need evidence");
  });

  it("compares dates of mixed precision as periods", () => {
    assert.equal(overlaps("2024-05", "2024-05", "2024-05-20", null), true);
    assert.equal(overlaps("2024-05", "2024-05", "2024-06", null), false);
    assert.equal(overlaps("2024-05-31", "2024-05-31", null, "2024-05"), true);
    assert.equal(overlaps("2024", "2024", "2024-12-31", "2025"), true);
    assert.equal(overlaps("2023-12-31", "2023-12-31", "2024", null), false);
  });
});

describe("viewer logic: URL state", () => {
  const known = { hasNode: (k: string) => graph.hasNode(k), hasEdge: (k: string) => graph.hasEdge(k), hasArticle: (id: string) => ["a1", "a2", "a3"].includes(id) };

  it("writes nothing for the default view", () => {
    assert.equal(toHash(DEFAULT_VIEW_STATE), "");
    assert.deepEqual(fromHash("", known), DEFAULT_VIEW_STATE);
  });

  it("round-trips every filter, the selection and the path", () => {
    const chosen = state({
      entityTypes: new Set<EntityType>(["PERSON", "GPE"]),
      relationTypes: new Set<RelationType>(["MET"]),
      modalities: new Set<Modality>(["asserted", "negated"]),
      article: "a2",
      dateFrom: "2024-03",
      dateTo: "2024-05-31",
      minEvidence: 2,
      selectedNode: "aldo",
      selectedEdge: "aldo|MET|bice",
      hops: 2,
      pathFrom: "aldo",
      pathTo: "ente",
    });
    assert.deepEqual(fromHash(toHash(chosen), known), chosen);
  });

  it("drops what it does not know instead of failing", () => {
    const read = fromHash("#types=PERSON,ALIEN&node=nobody&article=zzz&from=yesterday&minEvidence=-3&hops=9", known);
    assert.deepEqual([...read.entityTypes], ["PERSON"]);
    assert.equal(read.selectedNode, null);
    assert.equal(read.article, null);
    assert.equal(read.dateFrom, null);
    assert.equal(read.minEvidence, 1);
    assert.equal(read.hops, 1);
  });

  it("keeps an empty choice distinct from the default", () => {
    const none = state({ relationTypes: new Set() });
    assert.equal(fromHash(toHash(none), known).relationTypes.size, 0);
  });
});

describe("viewer logic: search", () => {
  const index = new SearchIndex(graph);

  it("finds by name, surname, alias, without accents or case", () => {
    assert.equal(index.search("aldo")[0]?.key, "aldo");
    assert.equal(index.search("ferravecchia")[0]?.key, "aldo");
    assert.deepEqual(index.search("ministro dei mulini")[0], { key: "aldo", label: "Aldo Ferravecchia", type: "PERSON", via: "il ministro dei Mulini" });
    assert.equal(index.search("ENTE NEBBIE")[0]?.key, "ente");
    assert.equal(fold("Énte  Nébbie!"), "ente nebbie");
  });

  it("ranks a name start above a match inside a word, and finds nothing for nonsense", () => {
    // "Ente Nebbie" starts with it; "Borgo Lucente" only holds it inside a word.
    assert.deepEqual(index.search("ente").map((h) => h.key), ["ente", "borgo"]);
    assert.deepEqual(index.search("lucente").map((h) => h.key), ["borgo"]);
    assert.deepEqual(index.search("zzzz"), []);
    assert.deepEqual(index.search("   "), []);
  });
});

describe("viewer logic: neighbourhood and paths", () => {
  const all = computeVisibility(graph, state());

  it("grows the neighbourhood by hops over visible relations", () => {
    assert.deepEqual([...neighbourhood(graph, all, "aldo", 1)].sort(), ["aldo", "bice", "borgo"]);
    assert.deepEqual([...neighbourhood(graph, all, "aldo", 2)].sort(), ["aldo", "bice", "borgo", "ente"]);
  });

  it("finds every shortest path, relations taken either way, with the relations of each step", () => {
    const paths = shortestPaths(graph, all, "aldo", "ente");
    assert.deepEqual(paths.map((p) => p.nodes), [
      ["aldo", "bice", "ente"],
      ["aldo", "borgo", "ente"],
    ]);
    assert.deepEqual(paths[0]!.steps, [["aldo|MET|bice"], ["bice|CRITICIZED|ente"]]);
  });

  it("finds no path through what the filters hide, nor to an isolated entity", () => {
    const noPeople = computeVisibility(graph, state({ relationTypes: new Set<RelationType>(["MET", "VISITED"]) }));
    assert.deepEqual(shortestPaths(graph, noPeople, "aldo", "ente"), []);
    assert.deepEqual(shortestPaths(graph, all, "aldo", "cala"), []);
    assert.deepEqual(shortestPaths(graph, all, "aldo", "aldo"), []);
  });
});

describe("viewer logic: reading graph.json", () => {
  for (const [name, text, expected] of [
    ["not JSON", "{", /not valid JSON/],
    ["no nodes", "{}", /no 'nodes' list/],
    ["node without position", JSON.stringify({ nodes: [{ key: "a", attributes: { label: "A", type: "PERSON", aliases: [], articles: [] } }], edges: [] }), /node 'a' has no x\/y/],
    ["edge without evidence", JSON.stringify({ nodes: [], edges: [{ source: "a", target: "b", attributes: { type: "MET", modality: "asserted" } }] }), /no evidence\/articles/],
  ] as const) {
    it(`refuses ${name} with a message that says how to fix it`, () => {
      assert.throws(() => parseGraphJson(text), (err: Error) => {
        assert.ok(err instanceof GraphLoadError);
        assert.match(err.title, expected);
        assert.match(err.fix, /trama build/);
        return true;
      });
    });
  }
});
