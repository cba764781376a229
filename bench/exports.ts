import { cpus, loadavg } from "node:os";
import { createCorpusGraph, edgeKey, type CorpusGraph } from "../src/graph/corpus-graph.ts";
import { ENTITY_TYPES, RELATION_TYPES, type EdgeEvidence } from "../src/types.ts";
import { toGexf } from "../src/export/gexf.ts";
import { toGraphml } from "../src/export/graphml.ts";
import { toTriplesCsv } from "../src/export/triples.ts";
import { toCypher } from "../src/export/neo4j/cypher.ts";
import { toNeo4jCsv } from "../src/export/neo4j/csv.ts";
import { seededRandom } from "../src/random.ts";

// Export speed on a synthetic corpus the size of 10k articles: prints figures, asserts
// nothing (speed goals live here, not in timed tests). Run:
//   npm run bench:export --  [articles]

const ARTICLES = Number(process.argv[2] ?? 10_000);

export function syntheticGraph(articles: number): CorpusGraph {
  // Seeded, so every run measures the same graph.
  const rnd = seededRandom(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const graph = createCorpusGraph("bench");
  const table: Record<string, { date?: string; source: string }> = {};
  const date = (i: number) => `202${i % 5}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
  for (let i = 0; i < articles; i++) table[`art-${i}`] = { date: date(i), source: `corpus/art-${i}.txt` };
  graph.setAttribute("articles", table);
  const entities = Math.round(articles * 2);
  for (let i = 0; i < entities; i++) {
    const arts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => `art-${Math.floor(rnd() * articles)}`);
    graph.addNode(`entita-${i}`, {
      label: `Entità Numero ${i} "di prova"`,
      type: pick(ENTITY_TYPES),
      aliases: [`Entità ${i}`, `E. ${i}`],
      mentions: arts.length * 2,
      articles: [...new Set(arts)].sort(),
      x: rnd() * 1000,
      y: rnd() * 1000,
      size: 1 + rnd() * 10,
    });
  }
  const relations = articles * 5;
  for (let i = 0; i < relations; i++) {
    const s = `entita-${Math.floor(rnd() * entities)}`;
    const o = `entita-${Math.floor(rnd() * entities)}`;
    const type = pick(RELATION_TYPES);
    const key = edgeKey(s, type, o);
    if (s === o || graph.hasEdge(key)) continue;
    const evidence: EdgeEvidence[] = Array.from({ length: 1 + Math.floor(rnd() * 3) }, (_, j) => {
      const article = `art-${Math.floor(rnd() * articles)}`;
      const sentence = `Secondo fonti locali, l'entità ${s} avrebbe avuto a che fare con ${o} (${type}) nel corso della settimana, frase ${j}.`;
      return { article, sentence, start: 100 * j, end: 100 * j + sentence.length, sentenceIndex: j, modality: "asserted", confidence: 0.7, articleDate: table[article]!.date };
    });
    graph.addDirectedEdgeWithKey(key, s, o, {
      type,
      symmetric: false,
      modality: "asserted",
      modalities: ["asserted"],
      evidence,
      articles: [...new Set(evidence.map((e) => e.article))].sort(),
      confidence: 0.7,
    });
  }
  return graph;
}

/** Wall time and CPU time: on a shared, loaded machine the CPU time is the steadier figure. */
function time(label: string, f: () => string | Map<string, string>): void {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - start;
  const bytes = typeof out === "string" ? out.length : [...out.values()].reduce((n, s) => n + s.length, 0);
  console.log(
    `${label.padEnd(12)} ${ms.toFixed(0).padStart(6)} ms wall ${((used.user + used.system) / 1000).toFixed(0).padStart(6)} ms cpu  ${(bytes / 1e6).toFixed(1).padStart(6)} MB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main();

function main(): void {
const graph = syntheticGraph(ARTICLES);
const evidence = graph.reduceEdges((n, _, a) => n + a.evidence.length, 0);
console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
console.log(`${ARTICLES} articles, ${graph.order} entities, ${graph.size} relations, ${evidence} pieces of evidence`);
// Calibration: the cheapest way to make a string of the same size. On a loaded machine
// everything slows down together; compare the exports against this line.
time("baseline", () => Array.from({ length: 70_000 }, (_, i) => `<edge id="${i}">${"a".repeat(620)}</edge>\n`).join(""));
for (let run = 0; run < 3; run++) time("gexf", () => toGexf(graph));
time("graphml", () => toGraphml(graph));
time("triples-csv", () => toTriplesCsv(graph));
time("cypher", () => toCypher(graph));
time("neo4j-csv", () => toNeo4jCsv(graph));
}
