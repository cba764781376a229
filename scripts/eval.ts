// `npm run eval`: scores the extractor on the development seeds and on the held-out
// articles in eval/heldout (written and annotated without looking at the extractor's
// output) and eval/heldout/fresh (written later, once the first set's error examples had
// been published and fixed against), with the shared scorer, and breaks the held-out
// errors down by relation type; then on eval/heldout-2, -3 and -4, unseen sets by other
// authors. The seeds say whether the rules still fit the articles
// they were written against; the unseen sets say how they carry over to new news.
//
//   npm run eval [-- --out DIR] [--details] [--scorer PATH]
//
// --out keeps the extraction records (seeds.jsonl, heldout.jsonl, fresh.jsonl, …) in DIR;
// --details prints per-article counts and every held-out false negative, false positive
// and modality error.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs, promisify } from "node:util";
import { TramaError, UsageError } from "../src/errors.ts";
import { writeFileAtomic } from "../src/fs/write-atomic.ts";
import { EVAL_DIR } from "./shared-path.ts";

const run = promisify(execFile);
const REPO = resolve(fileURLToPath(import.meta.url), "../..");
const SHARED_EVAL = EVAL_DIR;

export const DEFAULT_SCORER = join(SHARED_EVAL, "score.mjs");

export interface EvalSet {
  name: string;
  inputs: string; // a folder of articles, as `trama extract` reads it
  gold: string;
}

export const SEEDS: EvalSet = { name: "seeds", inputs: join(REPO, "seeds"), gold: join(SHARED_EVAL, "dev/seeds.gold.json") };
/** A set kept in this repository: `FOLDER/articles/` and `FOLDER/gold.json`. */
function repoSet(name: string, folder: string): EvalSet {
  return { name, inputs: join(REPO, folder, "articles"), gold: join(REPO, folder, "gold.json") };
}

export const HELDOUT = repoSet("heldout", "eval/heldout");
// Written after the extractor team had seen the held-out error examples: the check on
// news nobody has tuned against, until its own errors are published.
export const FRESH = repoSet("fresh", "eval/heldout/fresh");
// A second author's set on other topics, also annotated before any run and not looked at
// by the extractor's authors (eval/heldout-2/README.md).
export const HELDOUT_2 = repoSet("heldout-2", "eval/heldout-2");
// A third author's set, written while the extractor was being changed and kept outside
// the repository until it had been scored (eval/heldout-3/README.md).
export const HELDOUT_3 = repoSet("heldout-3", "eval/heldout-3");
// The same again for the second recall round (eval/heldout-4/README.md).
export const HELDOUT_4 = repoSet("heldout-4", "eval/heldout-4");
// And for the third recall round (eval/heldout-5/README.md).
export const HELDOUT_5 = repoSet("heldout-5", "eval/heldout-5");
// And for the fourth (eval/heldout-6/README.md).
export const HELDOUT_6 = repoSet("heldout-6", "eval/heldout-6");
/** Every set but the seeds, in the order `npm run eval` prints them. */
export const HELD_OUT_SETS = [HELDOUT, FRESH, HELDOUT_2, HELDOUT_3, HELDOUT_4, HELDOUT_5, HELDOUT_6];

interface Prf {
  p: number;
  r: number;
  f1: number;
}

// What score.mjs --json prints (its figures; the per-article rows are not needed here).
export interface Scores {
  relations: Prf;
  entities: Prf;
  modality: number;
  split: number;
  merged: number;
  docs: { doc: string; relTp: number; relFp: number; relFn: number; entTp: number; entFp: number; entFn: number }[];
}

export interface SetScore {
  lastLine: string; // the scorer's summary line, verbatim
  scores: Scores;
  report: string[]; // the scorer's --verbose lines: FN, FP and modality errors
}

// The relation types of ../shared/spec/ontology.md: the scorer's verbose lines name
// entities by free text, so the type is found as the one word that is a known type.
const RELATION_TYPES = new Set([
  "MET", "VISITED", "NEGOTIATED_WITH", "AGREED_WITH", "COOPERATED_WITH", "SENT_TROOPS_TO", "SUPPLIED",
  "REQUESTED", "SUPPORTED", "CRITICIZED", "THREATENED", "SANCTIONED", "ATTACKED", "PRAISED",
  "HOLDS_ROLE", "LOCATED_IN", "BASED_IN",
]);

// Runs the product's own command, so the figures are those of `trama extract`.
export async function extractRecords(inputs: string): Promise<string> {
  try {
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", "extract", "--format", "jsonl", inputs],
      { cwd: REPO, maxBuffer: 256 * 1024 * 1024 },
    );
    return stdout;
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    throw new TramaError(`extracting ${inputs} failed (exit ${e.code}); run \`npm run trama -- extract ${inputs}\` to see why:\n${e.stderr ?? String(err)}`);
  }
}

export async function scoreRecords(gold: string, predPath: string, scorer = DEFAULT_SCORER): Promise<SetScore> {
  if (!existsSync(scorer)) throw new UsageError(`trama: scorer not found at ${scorer}; pass --scorer PATH to score.mjs`);
  if (!existsSync(gold)) throw new UsageError(`trama: gold file not found at ${gold}; restore it from git or the shared eval folder`);
  const args = [scorer, "--gold", gold, "--pred", predPath];
  const [json, verbose] = await Promise.all([
    run(process.execPath, [...args, "--json"], { maxBuffer: 64 * 1024 * 1024 }),
    run(process.execPath, [...args, "--verbose"], { maxBuffer: 64 * 1024 * 1024 }),
  ]);
  const jsonLines = json.stdout.trimEnd().split("\n");
  const lastLine = jsonLines.pop() ?? "";
  const scores = JSON.parse(jsonLines.join("\n")) as Scores;
  const report = verbose.stdout
    .trimEnd()
    .split("\n")
    .filter((line) => /^\S+ {2}(relation FN|relation FP|entity FN|entity FP|modality) /.test(line));
  return { lastLine, scores, report };
}

export async function evaluate(set: EvalSet, outDir: string, scorer = DEFAULT_SCORER): Promise<SetScore> {
  const predPath = join(outDir, `${set.name}.jsonl`);
  writeFileAtomic(predPath, await extractRecords(set.inputs));
  return scoreRecords(set.gold, predPath, scorer);
}

export interface TypeErrors {
  gold: number; // required gold relations of this type
  fn: number;
  fp: number;
  modality: number; // found, but with a modality the gold does not accept
}

interface GoldFile {
  docs: { relations: { p: string; optional?: boolean }[] }[];
}

export function errorsByType(report: string[], goldPath: string): Map<string, TypeErrors> {
  const byType = new Map<string, TypeErrors>();
  const entry = (type: string): TypeErrors => {
    let e = byType.get(type);
    if (!e) byType.set(type, (e = { gold: 0, fn: 0, fp: 0, modality: 0 }));
    return e;
  };
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldFile;
  for (const doc of gold.docs) for (const r of doc.relations) if (!r.optional) entry(r.p).gold++;
  for (const line of report) {
    const type = line.split(/[\s:]+/).find((word) => RELATION_TYPES.has(word));
    if (!type) continue;
    if (/\srelation FN\s/.test(line)) entry(type).fn++;
    else if (/\srelation FP\s/.test(line)) entry(type).fp++;
    else if (/\smodality\s/.test(line)) entry(type).modality++;
  }
  return byType;
}

function formatBreakdown(byType: Map<string, TypeErrors>, report: string[]): string {
  const rows = [...byType].sort(([a, x], [b, y]) => y.fn + y.fp - (x.fn + x.fp) || a.localeCompare(b));
  const lines = ["type              gold  found   FN   FP  modality-wrong"];
  for (const [type, e] of rows) {
    const cells = [e.gold, e.gold - e.fn, e.fn, e.fp, e.modality].map((n, i) => String(n).padStart(i === 0 ? 4 : i === 4 ? 15 : 5));
    lines.push(`${type.padEnd(16)}${cells.join(" ")}`);
  }
  const count = (kind: string) => report.filter((l) => l.includes(` ${kind} `)).length;
  lines.push(`entities: FN ${count("entity FN")}, FP ${count("entity FP")}`);
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  let values: { out?: string; details?: boolean; scorer?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: "string" }, details: { type: "boolean" }, scorer: { type: "string" } },
    }));
  } catch (err) {
    console.error(`trama: eval: ${err instanceof Error ? err.message : String(err)}; usage: npm run eval -- [--out DIR] [--details] [--scorer PATH]`);
    return 2;
  }
  const outDir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), "trama-eval-"));
  const scorer = values.scorer ? resolve(values.scorer) : DEFAULT_SCORER;
  const seeds = await evaluate(SEEDS, outDir, scorer);
  const heldOut: Array<[EvalSet, SetScore]> = [];
  for (const set of HELD_OUT_SETS) heldOut.push([set, await evaluate(set, outDir, scorer)]);
  console.log(`${"seeds".padEnd(11)}${seeds.lastLine}`);
  for (const [set, score] of heldOut) console.log(`${set.name.padEnd(11)}${score.lastLine}`);
  for (const [set, score] of heldOut) {
    console.log(`\n${set.name} errors by relation type (required gold relations; FP excludes optional facts):`);
    console.log(formatBreakdown(errorsByType(score.report, set.gold), score.report));
    if (values.details) {
      console.log("\narticle                    rel tp/fp/fn   ent tp/fp/fn");
      for (const d of score.scores.docs)
        console.log(`${d.doc.padEnd(26)} ${`${d.relTp}/${d.relFp}/${d.relFn}`.padEnd(14)} ${d.entTp}/${d.entFp}/${d.entFn}`);
      console.log(`\n${score.report.join("\n")}`);
    }
  }
  console.log(`\nrecords: ${outDir}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
