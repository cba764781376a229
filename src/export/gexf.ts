import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { SettingsError } from "../errors.ts";
import { ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS } from "../style/palette.ts";
import { cachedDayRange, mergedDayRanges, type DayRange } from "./dates.ts";
import { articleDate, evidenceDate, finite, sortedEdges, sortedNodes } from "./graph-view.ts";
import { hexToRgb, listAttribute } from "./values.ts";
import { stripXmlForbidden, xmlAttribute, xmlText } from "./xml.ts";

// GEXF for Gephi (and graphology-gexf, NetworkX). Written as strings, not through a DOM,
// so a 10k-article graph takes well under a second.
//
// Two versions, both valid against the official schemas in shared/data/gexf-schema:
// - "1.3" (default), for Gephi 0.10: edges carry `kind` = relation type, so two
//   entities linked by MET and by SUPPLIED stay two edges instead of being merged.
// - "1.2draft", for NetworkX, whose reader knows only the 1.1draft and 1.2draft
//   namespaces (NetworkX 2.8 and 3.x).
// The official schemas put color/position/size in the GEXF namespace itself, not in a
// `viz:` one, so they are written unprefixed; Gephi and graphology-gexf read them so.
//
// Time: nodes get a spell per (merged) date of the articles that mention them, edges
// per (merged) date of their evidence, and the graph is mode="dynamic"
// timeformat="date", so Gephi's timeline filters by day. Entities and relations with
// no known date have no spells and stay visible at every time.

export type GexfVersion = "1.3" | "1.2draft";
export const GEXF_VERSIONS: readonly GexfVersion[] = ["1.3", "1.2draft"];

export interface GexfSettings {
  version: GexfVersion;
}

export const DEFAULT_GEXF_SETTINGS: GexfSettings = { version: "1.3" };

export function resolveGexfSettings(partial: Partial<GexfSettings> = {}): GexfSettings {
  const settings = { ...DEFAULT_GEXF_SETTINGS, ...partial };
  validateGexfSettings(settings);
  return settings;
}

export function validateGexfSettings(settings: GexfSettings): void {
  if (!GEXF_VERSIONS.includes(settings.version)) {
    throw new SettingsError("gexf.version", `is '${String(settings.version)}'`, `use one of ${GEXF_VERSIONS.join(", ")}`);
  }
}

const NAMESPACES: Record<GexfVersion, { xmlns: string; version: string; schema: string }> = {
  "1.3": { xmlns: "http://gexf.net/1.3", version: "1.3", schema: "http://gexf.net/1.3/gexf.xsd" },
  "1.2draft": {
    xmlns: "http://www.gexf.net/1.2draft",
    version: "1.2",
    schema: "http://www.gexf.net/1.2draft/gexf.xsd",
  },
};

type AttrType = "string" | "integer" | "double" | "boolean" | "liststring";

/** Node and edge attribute columns: [id (also the title), GEXF type]. Names avoid Gephi's own columns (type, weight, kind). */
const NODE_COLUMNS: Array<[string, AttrType]> = [
  ["entity_type", "string"],
  ["aliases", "liststring"],
  ["degree", "integer"],
  ["mentions", "integer"],
  ["article_count", "integer"],
  ["first_seen", "string"],
  ["last_seen", "string"],
];

const EDGE_COLUMNS: Array<[string, AttrType]> = [
  ["relation", "string"],
  ["symmetric", "boolean"],
  ["modality", "string"],
  ["modalities", "liststring"],
  ["evidence_count", "integer"],
  ["articles", "liststring"],
  ["first_date", "string"],
  ["last_date", "string"],
  ["confidence", "double"],
  ["items", "liststring"],
  ["titles", "liststring"],
  ["places", "liststring"],
  ["attributions", "liststring"],
  ["former", "boolean"],
];

type AttrValue = string | number | boolean | string[] | undefined;

// Each node and edge is built as one string and pushed once: fewer, larger pieces keep
// the garbage collector out of the way on big graphs.

function attvalue(id: string, value: AttrValue): string {
  if (value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return `<attvalue for="${id}" value="${value}"/>`;
  return `<attvalue for="${id}" value="${Array.isArray(value) ? listAttribute(value) : xmlAttribute(value)}"/>`;
}

function spells(ranges: DayRange[]): string {
  if (ranges.length === 0) return "";
  let out = "<spells>";
  for (const r of ranges) out += `<spell start="${r.start}" end="${r.end}"/>`;
  return `${out}</spells>`;
}

const colorCache = new Map<string, string>();
function color(hex: string): string {
  let element = colorCache.get(hex);
  if (element === undefined) {
    const { r, g, b } = hexToRgb(hex);
    element = `<color r="${r}" g="${g}" b="${b}"/>`;
    colorCache.set(hex, element);
  }
  return element;
}

/** A label is one line in Gephi; line breaks in a name would only hide part of it. */
function labelOf(text: string): string {
  return /\s\s|[\t\n\r\f\v]|^\s|\s$/.test(text) ? stripXmlForbidden(text).replace(/\s+/g, " ").trim() : text;
}

export function toGexf(graph: CorpusGraph, partial: Partial<GexfSettings> = {}): string {
  const settings = resolveGexfSettings(partial);
  const ns = NAMESPACES[settings.version];
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);

  const rangeOf = cachedDayRange();
  const nodeSpells = new Map<string, DayRange[]>();
  for (const { key, attributes } of nodes) {
    nodeSpells.set(key, mergedDayRanges(attributes.articles.map((a) => articleDate(graph, a)), rangeOf));
  }
  const edgeSpells = new Map<string, DayRange[]>();
  for (const { key, attributes } of edges) {
    edgeSpells.set(key, mergedDayRanges(attributes.evidence.map((e) => evidenceDate(graph, e)), rangeOf));
  }
  const dynamic = [...nodeSpells.values(), ...edgeSpells.values()].some((s) => s.length > 0);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.push(
    `<gexf xmlns="${ns.xmlns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${ns.xmlns} ${ns.schema}" version="${ns.version}">\n`,
  );
  out.push(`<meta><creator>${xmlText(graph.getAttribute("generator") ?? "trama")}</creator>`);
  out.push(`<description>${xmlText(graph.getAttribute("name") ?? "trama")}</description></meta>\n`);
  out.push(
    dynamic
      ? '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n'
      : '<graph defaultedgetype="directed" mode="static">\n',
  );
  for (const [cls, columns] of [
    ["node", NODE_COLUMNS],
    ["edge", EDGE_COLUMNS],
  ] as const) {
    out.push(`<attributes class="${cls}" mode="static">`);
    for (const [id, type] of columns) out.push(`<attribute id="${id}" title="${id}" type="${type}"/>`);
    out.push("</attributes>\n");
  }

  out.push(`<nodes count="${nodes.length}">\n`);
  for (const { key, attributes: a } of nodes) {
    out.push(
      `<node id="${xmlAttribute(key)}" label="${xmlAttribute(labelOf(a.label))}"><attvalues>` +
        attvalue("entity_type", a.type) +
        attvalue("aliases", a.aliases) +
        attvalue("degree", graph.degree(key)) +
        attvalue("mentions", finite(a.mentions)) +
        attvalue("article_count", a.articles.length) +
        attvalue("first_seen", a.firstSeen) +
        attvalue("last_seen", a.lastSeen) +
        `</attvalues>${spells(nodeSpells.get(key)!)}${color(ENTITY_COLORS[a.type] ?? FALLBACK_COLOR)}` +
        `<position x="${finite(a.x)}" y="${finite(a.y)}" z="0"/><size value="${Math.max(0, finite(a.size, 1))}"/></node>\n`,
    );
  }
  out.push("</nodes>\n");

  out.push(`<edges count="${edges.length}">\n`);
  for (const { key, source, target, attributes: a } of edges) {
    const kind = settings.version === "1.3" ? ` kind="${a.type}"` : "";
    out.push(
      `<edge id="${xmlAttribute(key)}" source="${xmlAttribute(source)}" target="${xmlAttribute(target)}" ` +
        `label="${a.type}"${kind} weight="${Math.max(1, a.evidence.length)}"><attvalues>` +
        attvalue("relation", a.type) +
        attvalue("symmetric", a.symmetric) +
        attvalue("modality", a.modality) +
        attvalue("modalities", a.modalities) +
        attvalue("evidence_count", a.evidence.length) +
        attvalue("articles", a.articles) +
        attvalue("first_date", a.firstDate) +
        attvalue("last_date", a.lastDate) +
        attvalue("confidence", finite(a.confidence)) +
        attvalue("items", a.items) +
        attvalue("titles", a.titles) +
        attvalue("places", a.places) +
        attvalue("attributions", a.attributions) +
        attvalue("former", a.former) +
        `</attvalues>${spells(edgeSpells.get(key)!)}${color(RELATION_COLORS[a.type] ?? FALLBACK_COLOR)}</edge>\n`,
    );
  }
  out.push("</edges>\n</graph>\n</gexf>\n");
  return out.join("");
}
