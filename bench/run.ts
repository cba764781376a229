import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../src/fs/write-atomic.ts";
import { ensureKindCorpus, kindSourceCount } from "../scripts/kind-corpus.ts";

// `npm run bench [-- --quick]`: extraction throughput, end-to-end builds and layout
// against stock ForceAtlas2, each scenario in its own process (bench/scenarios.ts), one
// table at the end. Results also go to .tmp/bench/results.json.

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ args: process.argv.slice(2), options: { quick: { type: "boolean", default: false } } });
const quick = values.quick!;

function scenario(name: string, options: object): any {
  process.stderr.write(`bench: ${name} ${JSON.stringify(options)}\n`);
  const out = execFileSync(process.execPath, ["--import", "tsx", join(ROOT, "bench/scenarios.ts"), name, JSON.stringify(options)], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const rows: string[][] = [];
const row = (...cells: Array<string | number>) => rows.push(cells.map(String));
const s = (seconds: number) => seconds.toFixed(2);
const mb = (value: number) => value.toFixed(0);

const machine = {
  cores: availableParallelism(),
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGb: (totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  loadBefore: loadavg().map((l) => l.toFixed(1)).join(" "),
};

// ── extraction throughput ──
const seeds = [join(ROOT, "seeds")];
const smallCount = quick ? 200 : 1000;
const small = ensureKindCorpus(smallCount);
const extraction: Array<[string, any]> = [
  [`seeds ×${quick ? 10 : 40}, 1 thread`, scenario("extract-thread", { inputs: seeds, passes: quick ? 10 : 40 })],
  [`Wikinews ${smallCount}, 1 thread`, scenario("extract-thread", { inputs: [small], passes: 1 })],
  [`Wikinews ${smallCount}, ${machine.cores} workers`, scenario("extract-workers", { inputs: [small], workers: machine.cores })],
];
// The distinct Wikinews articles (the first pass of the corpus), warm-up on one half.
const split = scenario("extract-split", { inputs: [small], distinct: Math.min(smallCount, kindSourceCount()) });
extraction.push(
  [`Wikinews, unseen half after warm-up (${split.unseen.articles} articles)`, { ...split.unseen, peakRssMb: split.peakRssMb }],
  [`  the warm-up half again (every word seen)`, { ...split.again, peakRssMb: "" }],
);
for (const [label, r] of extraction) {
  const perCore = `${(r.articles / r.cpuSeconds).toFixed(0)} art/s/core, ${(r.bytes / 1e6 / r.cpuSeconds).toFixed(2)} MB/s/core`;
  const wall = `${(r.articles / r.wallSeconds).toFixed(0)} art/s wall`;
  row("extract", label, s(r.wallSeconds), s(r.cpuSeconds), `${perCore}; ${wall}`, r.peakRssMb === "" ? "" : mb(r.peakRssMb));
}

// ── end-to-end builds ──
const builds = quick ? [smallCount] : [1000, 10000];
let bigGraph = "";
for (const count of builds) {
  const dir = ensureKindCorpus(count);
  const out = join(ROOT, ".tmp/bench", `build-${count}`);
  const r = scenario("build", { inputs: [dir], out });
  bigGraph = join(out, "graph.json");
  row("build", `${count} articles → ${r.nodes} nodes, ${r.edges} edges`, s(r.wallSeconds), s(r.cpuSeconds), `${(r.articles / r.wallSeconds).toFixed(0)} art/s end to end`, mb(r.peakRssMb));
  for (const [stage, seconds] of r.stages) row("", `  ${stage}`, s(seconds), "", "", "");
  for (const [format, seconds] of r.exports) row("", `  export ${format} (alone)`, s(seconds), "", "", "");
}

// ── layout ──
const layoutRuns: Array<[string, object]> = [
  [`${builds.at(-1)}-article graph`, { graph: bigGraph }],
  ["generated 10k nodes", { generated: 10_000 }],
  ...(quick ? [] : ([["generated 100k nodes", { generated: 100_000, kernelIterations: 10, stockCapSeconds: 60, stockStep: 20, qualitySamples: 50 }]] as Array<[string, object]>)),
];
const ratios: string[] = [];
for (const [label, options] of layoutRuns) {
  const r = scenario("layout", { kernelIterations: 50, stockCapSeconds: quick ? 15 : 60, stockStep: 50, qualitySamples: 200, ...options });
  const q = (x: { stress: number; neighbourhood: number }) => `stress ${x.stress.toFixed(3)}, NP ${x.neighbourhood.toFixed(3)}`;
  row("layout", `${label} (${r.nodes} nodes, ${r.links} links): ours, multilevel`, s(r.ours.wallSeconds), s(r.ours.cpuSeconds), `${r.ours.iterations} iterations over ${r.ours.levels} levels; ${q(r.ours.quality)}`, mb(r.peakRssMb));
  const kernelRatio = r.kernel.stockSeconds / r.kernel.oursSeconds;
  row("layout", `  kernel, ${r.kernel.iterations} iterations: ours / stock FA2`, "", `${s(r.kernel.oursSeconds)} / ${s(r.kernel.stockSeconds)}`, `stock ÷ ours = ${kernelRatio.toFixed(2)}×`, "");
  if (r.stock) {
    const ratio = r.stock.cpuSeconds / r.ours.cpuSeconds;
    const verdict = r.stock.reached ? `reached our stress: ${ratio.toFixed(1)}× slower` : `not at our stress after cap: ≥ ${ratio.toFixed(1)}× slower`;
    row("layout", `  stock FA2 to equal quality`, s(r.stock.wallSeconds), s(r.stock.cpuSeconds), `${r.stock.iterations} iterations; ${q(r.stock.quality)}; ${verdict}`, "");
    ratios.push(`${label}: kernel ${kernelRatio.toFixed(2)}×, equal quality ${r.stock.reached ? "" : "≥ "}${ratio.toFixed(1)}×`);
  }
}

machine.loadBefore += ` → after ${loadavg().map((l) => l.toFixed(1)).join(" ")}`;
const header = ["stage", "input", "wall s", "CPU s", "rate / result", "peak RSS MB"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
const table = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
const text = [
  `trama bench${quick ? " --quick" : ""}: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, load average ${machine.loadBefore}`,
  "",
  table,
  "",
  ...ratios.map((r) => `ratio ${r}`),
  "",
].join("\n");
process.stdout.write(text);
writeFileAtomic(join(ROOT, ".tmp/bench/results.json"), `${JSON.stringify({ machine, quick, rows, ratios }, null, 2)}\n`);
writeFileAtomic(join(ROOT, ".tmp/bench/results.md"), text);
