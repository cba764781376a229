import { toBlob } from "@sigma/export-image";
import type Sigma from "sigma";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import { download } from "./dom.ts";
import type { ViewerGraph } from "./graph-data.ts";
import { toFilteredGexf } from "./gexf.ts";
import type { ViewState } from "./state.ts";
import { evidencePasses, type Visibility } from "./visibility.ts";

/** The view as the user sees it (all layers, reducers applied), on a white background. */
export async function exportPng(renderer: Sigma<NodeAttributes, EdgeAttributes>, fileName: string): Promise<Blob> {
  const blob = await toBlob(renderer as unknown as Sigma, { format: "png", backgroundColor: "#ffffff", fileName });
  download(blob, `${fileName}.png`);
  return blob;
}

export function exportGexf(graph: ViewerGraph, visibility: Visibility, state: ViewState, fileName: string): string {
  const xml = toFilteredGexf(graph, visibility, (evidence) => evidencePasses(evidence, state));
  download(new Blob([xml], { type: "application/xml" }), `${fileName}.gexf`);
  return xml;
}
