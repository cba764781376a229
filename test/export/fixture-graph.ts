import { createCorpusGraph, edgeKey, type CorpusGraph } from "../../src/graph/corpus-graph.ts";
import type { EdgeAttributes, EdgeEvidence, NodeAttributes, RelationType } from "../../src/types.ts";

// A small fixed corpus graph for the export tests and golden files. Invented people and
// places; hostile names on purpose: quotes of both kinds, backticks, `})` and `//` that
// would close a Cypher map and comment out the rest, a `<script>`, a `;` that would end
// a cypher-shell statement, a literal `\u0027` that Neo4j's parser would unescape, RTL
// marks, emoji, line breaks, a NUL and a lone surrogate that XML cannot carry.

export const HOSTILE = {
  person: 'Vasco "il Duro" Pellandra',
  personAlias: "il ministro `Ferri`",
  org: "Ministero dei Venti <script>alert(1)</script> & Co.",
  gpe: "Borgo Quieto'}) DETACH DELETE n //",
  loc: "Lago \u200Fאגם\u200E\nVerde",
  event: "Festa 🎉 dell'Uva; 2024",
  backslash: "C:\\temp\\u0027; DROP",
  control: "Nulla\u0000di\u0001fatto\uD800",
} as const;

function node(label: string, type: NodeAttributes["type"], extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return { label, type, aliases: [label], mentions: 1, articles: ["a1"], x: 0, y: 0, size: 1, ...extra };
}

function evidence(article: string, sentence: string, start: number, extra: Partial<EdgeEvidence> = {}): EdgeEvidence {
  return {
    article,
    sentence,
    start,
    end: start + sentence.length,
    sentenceIndex: 0,
    modality: "asserted",
    confidence: 0.8,
    ...extra,
  };
}

function edge(type: RelationType, evidences: EdgeEvidence[], extra: Partial<EdgeAttributes> = {}): EdgeAttributes {
  const articles = [...new Set(evidences.map((e) => e.article))].sort();
  const modalities = [...new Set(evidences.map((e) => e.modality))].sort();
  return {
    type,
    symmetric: type === "MET",
    modality: modalities.includes("asserted") ? "asserted" : modalities[0]!,
    modalities,
    evidence: evidences,
    articles,
    confidence: Math.max(...evidences.map((e) => e.confidence)),
    ...extra,
  };
}

export function fixtureGraph(): CorpusGraph {
  const graph = createCorpusGraph("fixture <&> \"graph\"");
  graph.setAttribute("generator", "trama test");
  graph.setAttribute("articles", {
    a1: { date: "2024-05-03", source: "seeds/a1.txt", title: 'Il "vertice" <b>segreto</b>' },
    a2: { date: "2024-05", source: "seeds/a2.txt" },
    a3: { source: "seeds/a3 \n'strano'.txt", title: HOSTILE.backslash },
  });

  graph.addNode("vasco-pellandra", node(HOSTILE.person, "PERSON", {
    aliases: [HOSTILE.person, "Pellandra", HOSTILE.personAlias],
    mentions: 5,
    articles: ["a1", "a2"],
    firstSeen: "2024-05",
    lastSeen: "2024-05-03",
    x: 12.5,
    y: -3.25,
    size: 8,
  }));
  graph.addNode("ministero-dei-venti", node(HOSTILE.org, "ORG", { articles: ["a1", "a3"], mentions: 2, x: -4, y: 7.5, size: 4 }));
  graph.addNode("borgo-quieto", node(HOSTILE.gpe, "GPE", { aliases: [HOSTILE.gpe, "Borgo"], articles: ["a2"], x: 1, y: 1, size: 3 }));
  graph.addNode("lago-verde", node(HOSTILE.loc, "LOC", { articles: ["a3"], x: Number.NaN, y: 2, size: 2 }));
  graph.addNode("festa-uva", node(HOSTILE.event, "EVENT", { aliases: [HOSTILE.event, HOSTILE.control], articles: ["a1"] }));
  graph.addNode("evil'id\"<>", node(HOSTILE.backslash, "ORG", { articles: ["a3"], mentions: 1 }));

  const add = (s: string, type: RelationType, o: string, attributes: EdgeAttributes) =>
    graph.addDirectedEdgeWithKey(edgeKey(s, type, o), s, o, attributes);

  add("vasco-pellandra", "MET", "ministero-dei-venti", edge("MET", [
    evidence("a1", `${HOSTILE.person} ha incontrato il ${HOSTILE.org}.`, 10, { date: "2024-05-02" }),
    evidence("a2", "Si sono rivisti; poi\nnulla.", 200, { modality: "planned", attribution: "ministero-dei-venti" }),
  ], { firstDate: "2024-05-02", lastDate: "2024-05", attributions: ["ministero-dei-venti"] }));
  add("vasco-pellandra", "CRITICIZED", "ministero-dei-venti", edge("CRITICIZED", [
    evidence("a1", "Pellandra ha criticato il ministero: \"basta\".", 80),
  ], { firstDate: "2024-05-03", lastDate: "2024-05-03" }));
  add("vasco-pellandra", "VISITED", "borgo-quieto", edge("VISITED", [
    evidence("a2", `Pellandra visiterà ${HOSTILE.gpe}.`, 5, { modality: "planned", date: "2024-06" }),
  ], { modality: "planned", firstDate: "2024-06", lastDate: "2024-06", places: ["borgo-quieto"] }));
  add("ministero-dei-venti", "SUPPLIED", "borgo-quieto", edge("SUPPLIED", [
    evidence("a3", `Il ministero nega di aver fornito droni a Borgo; ${HOSTILE.backslash}`, 0, { modality: "negated", confidence: 0.55 }),
  ], { modality: "negated", items: ['droni "kamikaze", 12', HOSTILE.control] }));
  add("vasco-pellandra", "HOLDS_ROLE", "ministero-dei-venti", edge("HOLDS_ROLE", [
    evidence("a1", "Pellandra, ex ministro dei Venti.", 300),
  ], { titles: ["ministro"], former: true, firstDate: "2024-05-03", lastDate: "2024-05-03" }));
  add("borgo-quieto", "LOCATED_IN", "lago-verde", edge("LOCATED_IN", [
    evidence("a3", `${HOSTILE.gpe}, sul ${HOSTILE.loc} 🎉.`, 40),
  ]));
  add("festa-uva", "LOCATED_IN", "borgo-quieto", edge("LOCATED_IN", [
    evidence("a1", `La ${HOSTILE.event} si tiene a Borgo.`, 500),
  ], { firstDate: "2024-05-03", lastDate: "2024-05-03" }));
  add("evil'id\"<>", "BASED_IN", "borgo-quieto", edge("BASED_IN", [
    evidence("a3", "L'ente ha sede a Borgo.", 600),
  ]));
  return graph;
}
