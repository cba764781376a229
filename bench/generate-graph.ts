import { createCorpusGraph, edgeKey, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../src/types.ts";
import { seededRandom } from "../src/random.ts";

// A graph shaped like a news corpus graph: communities (stories), hubs inside them
// (preferential attachment), a few links across communities, and some isolated pairs.

export interface GeneratedGraphOptions {
  nodes: number;
  /** Edges per node on average. */
  edgesPerNode?: number;
  /** Nodes per community on average. */
  communitySize?: number;
  seed?: number;
}

export function generateCorpusLikeGraph(options: GeneratedGraphOptions): CorpusGraph {
  const { nodes, edgesPerNode = 1.5, communitySize = 60, seed = 7 } = options;
  const random = seededRandom(seed);
  const graph = createCorpusGraph("generated");
  const communities = Math.max(1, Math.round(nodes / communitySize));
  const members: string[][] = Array.from({ length: communities }, () => []);
  // Endpoints of existing edges per community: picking from it is preferential attachment.
  const endpoints: string[][] = Array.from({ length: communities }, () => []);

  for (let i = 0; i < nodes; i++) {
    const key = `n${i}`;
    const community = Math.floor(random() * communities);
    graph.addNode(key, {
      label: key,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
      aliases: [],
      mentions: 1,
      articles: [],
      x: 0,
      y: 0,
      size: 1,
    });
    members[community]!.push(key);
  }

  const target = Math.round(nodes * edgesPerNode);
  for (let attempt = 0; graph.size < target && attempt < target * 4; attempt++) {
    const community = Math.floor(random() * communities);
    const inside = members[community]!;
    if (inside.length < 2) continue;
    const source = inside[Math.floor(random() * inside.length)]!;
    let other: string;
    if (random() < 0.05) {
      const elsewhere = members[Math.floor(random() * communities)]!;
      if (elsewhere.length === 0) continue;
      other = elsewhere[Math.floor(random() * elsewhere.length)]!;
    } else {
      const pool = endpoints[community]!;
      other = pool.length > 0 && random() < 0.7 ? pool[Math.floor(random() * pool.length)]! : inside[Math.floor(random() * inside.length)]!;
    }
    if (other === source) continue;
    const type = RELATION_TYPES[Math.floor(random() * RELATION_TYPES.length)]!;
    const key = edgeKey(source, type, other);
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, source, other, {
      type,
      symmetric: false,
      modality: "asserted",
      modalities: ["asserted"],
      evidence: [],
      articles: [],
      confidence: 1,
    });
    endpoints[community]!.push(source, other);
  }
  return graph;
}
