import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS } from "../style/palette.ts";
import { finite, sortedEdges, sortedNodes } from "./graph-view.ts";
import { hexToRgb } from "./values.ts";
import { xmlAttribute, xmlText } from "./xml.ts";

// GraphML for yEd, Gephi, NetworkX, igraph and Cytoscape. GraphML has no list type, so
// lists (aliases, article ids, items…) are JSON arrays in a string. Node position,
// size and r/g/b colour use the key names Gephi's GraphML importer maps to its layout.

type GraphmlType = "string" | "int" | "double" | "boolean";
type Value = string | number | boolean | readonly string[] | undefined;

interface Key {
  id: string;
  name: string;
  type: GraphmlType;
}

const NODE_KEYS: Key[] = [
  { id: "n_label", name: "label", type: "string" },
  { id: "n_type", name: "entity_type", type: "string" },
  { id: "n_aliases", name: "aliases", type: "string" },
  { id: "n_mentions", name: "mentions", type: "int" },
  { id: "n_articles", name: "articles", type: "string" },
  { id: "n_first_seen", name: "first_seen", type: "string" },
  { id: "n_last_seen", name: "last_seen", type: "string" },
  { id: "n_x", name: "x", type: "double" },
  { id: "n_y", name: "y", type: "double" },
  { id: "n_size", name: "size", type: "double" },
  { id: "n_r", name: "r", type: "int" },
  { id: "n_g", name: "g", type: "int" },
  { id: "n_b", name: "b", type: "int" },
];

const EDGE_KEYS: Key[] = [
  { id: "e_label", name: "label", type: "string" },
  { id: "e_relation", name: "relation", type: "string" },
  { id: "e_symmetric", name: "symmetric", type: "boolean" },
  { id: "e_modality", name: "modality", type: "string" },
  { id: "e_modalities", name: "modalities", type: "string" },
  { id: "e_weight", name: "weight", type: "double" },
  { id: "e_evidence_count", name: "evidence_count", type: "int" },
  { id: "e_articles", name: "articles", type: "string" },
  { id: "e_sentences", name: "sentences", type: "string" },
  { id: "e_first_date", name: "first_date", type: "string" },
  { id: "e_last_date", name: "last_date", type: "string" },
  { id: "e_confidence", name: "confidence", type: "double" },
  { id: "e_items", name: "items", type: "string" },
  { id: "e_titles", name: "titles", type: "string" },
  { id: "e_places", name: "places", type: "string" },
  { id: "e_attributions", name: "attributions", type: "string" },
  { id: "e_former", name: "former", type: "boolean" },
  { id: "e_r", name: "r", type: "int" },
  { id: "e_g", name: "g", type: "int" },
  { id: "e_b", name: "b", type: "int" },
];

function data(out: string[], key: string, value: Value): void {
  if (value === undefined) return;
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  out.push(`<data key="${key}">${xmlText(text)}</data>`);
}

export function toGraphml(graph: CorpusGraph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  );
  for (const [domain, keys] of [
    ["node", NODE_KEYS],
    ["edge", EDGE_KEYS],
  ] as const) {
    for (const k of keys) out.push(`<key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`);
  }
  out.push(`<graph id="${xmlAttribute(graph.getAttribute("name") ?? "trama")}" edgedefault="directed">\n`);

  for (const { key, attributes: a } of sortedNodes(graph)) {
    const { r, g, b } = hexToRgb(ENTITY_COLORS[a.type] ?? FALLBACK_COLOR);
    out.push(`<node id="${xmlAttribute(key)}">`);
    data(out, "n_label", a.label);
    data(out, "n_type", a.type);
    data(out, "n_aliases", a.aliases);
    data(out, "n_mentions", finite(a.mentions));
    data(out, "n_articles", a.articles);
    data(out, "n_first_seen", a.firstSeen);
    data(out, "n_last_seen", a.lastSeen);
    data(out, "n_x", finite(a.x));
    data(out, "n_y", finite(a.y));
    data(out, "n_size", Math.max(0, finite(a.size, 1)));
    data(out, "n_r", r);
    data(out, "n_g", g);
    data(out, "n_b", b);
    out.push("</node>\n");
  }

  for (const { key, source, target, attributes: a } of sortedEdges(graph)) {
    const { r, g, b } = hexToRgb(RELATION_COLORS[a.type] ?? FALLBACK_COLOR);
    out.push(`<edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}">`);
    data(out, "e_label", a.type);
    data(out, "e_relation", a.type);
    data(out, "e_symmetric", a.symmetric);
    data(out, "e_modality", a.modality);
    data(out, "e_modalities", a.modalities);
    data(out, "e_weight", Math.max(1, a.evidence.length));
    data(out, "e_evidence_count", a.evidence.length);
    data(out, "e_articles", a.articles);
    data(out, "e_sentences", a.evidence.map((e) => e.sentence));
    data(out, "e_first_date", a.firstDate);
    data(out, "e_last_date", a.lastDate);
    data(out, "e_confidence", finite(a.confidence));
    data(out, "e_items", a.items);
    data(out, "e_titles", a.titles);
    data(out, "e_places", a.places);
    data(out, "e_attributions", a.attributions);
    data(out, "e_former", a.former);
    data(out, "e_r", r);
    data(out, "e_g", g);
    data(out, "e_b", b);
    out.push("</edge>\n");
  }
  out.push("</graph>\n</graphml>\n");
  return out.join("");
}
