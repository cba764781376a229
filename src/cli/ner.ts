import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { writeFileAtomic } from "../fs/write-atomic.ts";
import { readConll } from "../ner/conll.ts";
import { nerModel } from "../ner/index.ts";

// trama ner --conll FILE [--out FILE]: tags a one-token-per-line file with the trained
// model and prints token<TAB>tag, sentence breaks kept, ready for score-ner.mjs. The file
// is read as one document in sentence order, so the document pass sees its neighbours.

const USAGE = "usage: trama ner --conll FILE [--out FILE]";

export async function run(argv: string[]): Promise<number> {
  let values: { conll?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { conll: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
    }));
  } catch (err) {
    throw new UsageError(`trama: ${(err as Error).message}; ${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.conll) throw new UsageError(`trama: ner needs --conll FILE; ${USAGE}`);
  const sentences = readConll(values.conll);
  const tagged = nerModel().tagDocument(sentences.map((s) => s.tokens));
  const lines: string[] = [];
  for (const [j, s] of sentences.entries()) {
    const tags = tagged[j]!;
    for (let i = 0; i < s.tokens.length; i++) lines.push(`${s.tokens[i]}\t${tags[i]}`);
    lines.push("");
  }
  const text = lines.join("\n");
  if (values.out) writeFileAtomic(values.out, text);
  else process.stdout.write(text);
  return 0;
}
