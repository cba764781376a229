import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { serializeGraph } from "../graph/io.ts";

/** graphology's own serialisation, sorted; what `trama serve` and the viewer read. */
export function toJson(graph: CorpusGraph): string {
  return serializeGraph(graph);
}
