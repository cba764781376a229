import { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/types.ts";

export type ViewerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** What went wrong loading graph.json, worded for the person looking at the page. */
export class GraphLoadError extends Error {
  constructor(
    readonly title: string,
    readonly fix: string,
  ) {
    super(`${title} ${fix}`);
  }
}

const GRAPH_URL = "data/graph.json";

export async function fetchGraph(url = GRAPH_URL): Promise<ViewerGraph> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch {
    throw new GraphLoadError("trama: cannot reach the server.", "Start it again with 'trama serve DIR' and reload.");
  }
  if (response.status === 404) {
    throw new GraphLoadError(
      "trama: graph.json is missing from the served directory.",
      "Build it with 'trama build INPUT --out DIR', then run 'trama serve DIR'.",
    );
  }
  if (!response.ok) {
    throw new GraphLoadError(`trama: the server answered ${response.status} for graph.json.`, "Check the terminal running 'trama serve'.");
  }
  return parseGraphJson(await response.text());
}

export function parseGraphJson(text: string): ViewerGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphLoadError(`trama: graph.json is not valid JSON (${(err as Error).message}).`, "Rebuild it with 'trama build'.");
  }
  const problem = shapeProblem(data);
  if (problem) throw new GraphLoadError(`trama: graph.json is not a trama graph: ${problem}.`, "Rebuild it with 'trama build'.");
  const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  try {
    graph.import(data as Parameters<ViewerGraph["import"]>[0]);
  } catch (err) {
    throw new GraphLoadError(`trama: graph.json could not be loaded (${(err as Error).message}).`, "Rebuild it with 'trama build'.");
  }
  return graph;
}

/** Checks what graphology's import does not: the attributes the viewer reads. */
function shapeProblem(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return "it is not an object";
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(nodes)) return "it has no 'nodes' list";
  if (!Array.isArray(edges)) return "it has no 'edges' list";
  for (const node of nodes as Array<{ key?: unknown; attributes?: Partial<Record<keyof NodeAttributes, unknown>> }>) {
    const a = node?.attributes;
    if (typeof node?.key !== "string" || !a) return "a node has no key or attributes";
    if (typeof a.label !== "string" || typeof a.type !== "string") return `node '${node.key}' has no label or type`;
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) return `node '${node.key}' has no x/y position`;
    if (!Array.isArray(a.aliases) || !Array.isArray(a.articles)) return `node '${node.key}' has no aliases/articles lists`;
  }
  for (const edge of edges as Array<{ source?: unknown; target?: unknown; attributes?: Partial<Record<keyof EdgeAttributes, unknown>> }>) {
    const a = edge?.attributes;
    if (typeof edge?.source !== "string" || typeof edge?.target !== "string" || !a) return "an edge has no source, target or attributes";
    if (typeof a.type !== "string" || typeof a.modality !== "string") return `an edge of '${edge.source}' has no type or modality`;
    if (!Array.isArray(a.evidence) || !Array.isArray(a.articles)) return `an edge of '${edge.source}' has no evidence/articles lists`;
  }
  return undefined;
}
