import { toBlob } from "@sigma/export-image";
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf/browser";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { download } from "./dom.ts";
import type { ViewerGraph } from "./graph-data.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "./palette.ts";
import type { Visibility } from "./visibility.ts";

/** The view as the user sees it (all layers, reducers applied), on a white background. */
export async function exportPng(renderer: Sigma<NodeAttributes, EdgeAttributes>, fileName: string): Promise<Blob> {
  const blob = await toBlob(renderer as unknown as Sigma, { format: "png", backgroundColor: "#ffffff", fileName });
  download(blob, `${fileName}.png`);
  return blob;
}

/**
 * The filtered graph as GEXF 1.3. Attributes are flattened to strings and numbers (lists
 * joined with " | "), because GEXF attribute values are scalars; viz colours and
 * positions are kept so Gephi opens it looking like the viewer.
 */
export function toFilteredGexf(graph: ViewerGraph, visibility: Visibility): string {
  const out = new MultiDirectedGraph();
  out.replaceAttributes({ name: graph.getAttribute("name") ?? "trama" });
  for (const key of visibility.nodes) {
    const a = graph.getNodeAttributes(key);
    out.addNode(key, {
      label: a.label,
      entity_type: a.type,
      aliases: a.aliases.join(" | "),
      mentions: a.mentions,
      articles: a.articles.join(" | "),
      first_seen: a.firstSeen ?? "",
      last_seen: a.lastSeen ?? "",
      x: a.x,
      y: a.y,
      size: a.size,
      color: ENTITY_COLORS[a.type],
    });
  }
  for (const [key, count] of visibility.edges) {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    out.addEdgeWithKey(key, source, target, {
      label: a.type,
      relation_type: a.type,
      symmetric: a.symmetric,
      modality: a.modality,
      evidence_count: count,
      articles: a.articles.join(" | "),
      first_date: a.firstDate ?? "",
      last_date: a.lastDate ?? "",
      evidence: a.evidence.map((e) => `${e.article}: ${e.sentence}`).join(" | "),
      weight: count,
      color: RELATION_COLORS[a.type],
    });
  }
  return write(out, { version: "1.3", pretty: true });
}

export function exportGexf(graph: ViewerGraph, visibility: Visibility, fileName: string): string {
  const xml = toFilteredGexf(graph, visibility);
  download(new Blob([xml], { type: "application/xml" }), `${fileName}.gexf`);
  return xml;
}
