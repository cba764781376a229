import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// Before/after CPU cost of loading the NER model, two source trees alternating in one
// run: each round loads the model once in a fresh process per tree (as `trama extract`
// and every worker thread do) and reports the CPU time of loadModel alone, modules
// already imported. Also times the first sentence tagged, which builds what loading
// leaves for first use.
//
//   node --import tsx bench/ab-model-load.ts BEFORE_ROOT AFTER_ROOT [--rounds 5]

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: "string", default: "5" } } });
if (positionals.length !== 2) {
  console.error("usage: node --import tsx bench/ab-model-load.ts BEFORE_ROOT AFTER_ROOT [--rounds 5]");
  process.exit(2);
}

const CHILD = `
const [root] = process.argv.slice(1);
const { loadModel } = await import(root + "/src/ner/model-io.ts");
const now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e3; };
let t = now();
const model = loadModel(root + "/models/ner-it.bin.gz");
const load = now() - t;
t = now();
model.tagDocument([["Il", "presidente", "della", "Banca", "d'", "Italia", "Mario", "Rossi", "è", "arrivato", "a", "Roma", "."]]);
const first = now() - t;
console.log(JSON.stringify({ load, first }));
`;

const roots = positionals.map((p) => resolve(p));
const results = roots.map(() => ({ load: [] as number[], first: [] as number[] }));
for (let round = 0; round < Number(values.rounds); round++) {
  roots.forEach((root, k) => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD, root], { cwd: root, encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as { load: number; first: number };
    results[k]!.load.push(r.load);
    results[k]!.first.push(r.first);
    process.stderr.write(`round ${round + 1} ${k === 0 ? "before" : "after "}: load ${r.load.toFixed(0)} CPU-ms, first sentence ${r.first.toFixed(0)} CPU-ms\n`);
  });
}
// The minimum is the run least disturbed by other processes; the median shows the spread.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percent = (a: number, b: number) => `${b >= a ? "+" : ""}${((b / a - 1) * 100).toFixed(1)}%`;
const [before, after] = results;
for (const key of ["load", "first"] as const) {
  const [b, a] = [before![key], after![key]];
  const [bMin, aMin, bMed, aMed] = [Math.min(...b), Math.min(...a), median(b), median(a)];
  console.log(`${key.padEnd(6)} CPU-ms min: before ${bMin.toFixed(0)} → after ${aMin.toFixed(0)} (${percent(bMin, aMin)}); median ${bMed.toFixed(0)} → ${aMed.toFixed(0)} (${percent(bMed, aMed)})`);
}
