import { extractEach, finishCorpus } from "../extract/index.ts";
import { readArticles } from "../ingest/index.ts";
import { formatExplanation } from "./explain.ts";
import { createProgress } from "./progress.ts";
import { EXIT, inputsOrDefault, parseChoice, parseCommandArgs, parseDateOption, parseMaxBytes, parseWorkers } from "./options.ts";

export const usage = `usage: trama extract [FILES|DIRS...] [options]

Prints one extraction record per article (JSON Lines, ../shared/spec/extraction-record.md)
on standard output, in the order of the inputs. Folders are read recursively; '-' reads
standard input. Without inputs, reads seeds/.

options:
  --format jsonl          output format (jsonl, the default)
  --explain               print for humans why each entity and relation was found
  --date YYYY-MM[-DD]     date of articles whose text does not give one
  --workers N             extraction threads (default: decided by cores and input size)
  --max-bytes N           refuse input files larger than N bytes (default 20 MB)

exit codes: 0 ok, 1 failure, 2 usage error, 3 done but some inputs were skipped`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("extract", argv, {
    format: { type: "string" },
    explain: { type: "boolean" },
    date: { type: "string" },
    workers: { type: "string" },
    "max-bytes": { type: "string" },
  });
  parseChoice("extract", "format", values.format, ["jsonl"], "jsonl");
  const date = parseDateOption("extract", values.date);
  const workers = parseWorkers("extract", values.workers);
  const maxBytes = parseMaxBytes("extract", values["max-bytes"]);

  const { articles, problems } = await readArticles(inputsOrDefault(positionals, "seeds"), maxBytes !== undefined ? { maxBytes } : {});
  for (const problem of problems) process.stderr.write(`${problem.message}\n`);
  const dated = articles.map((a) => (a.date === undefined && date !== undefined ? { ...a, date } : a));
  const progress = createProgress({ total: dated.length, label: "extract" });
  const extracted = await extractEach(dated, {
    ...(workers !== undefined ? { workers } : {}),
    onProgress: (done) => progress.update(done),
  });
  progress.finish();
  for (const failure of extracted.failures) process.stderr.write(`${failure.message}\n`);
  const { extractions, records } = finishCorpus(extracted.extractions);

  const out = values.explain
    ? extractions.map((x, i) => formatExplanation(x, records[i])).join("\n")
    : records.map((r) => `${JSON.stringify(r)}\n`).join("");
  await new Promise<void>((resolve, reject) => process.stdout.write(out, (err) => (err ? reject(err) : resolve())));
  return problems.length + extracted.failures.length > 0 ? EXIT.skipped : EXIT.ok;
}
