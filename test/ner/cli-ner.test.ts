import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../../src/cli/ner.ts";
import { InputError, UsageError } from "../../src/errors.ts";
import { NER_TAGS } from "../../src/ner/tags.ts";

const VALID = new Set<string>(NER_TAGS);

describe("trama ner --conll", function () {
  this.timeout(20000);
  const dir = mkdtempSync(join(tmpdir(), "trama-ner-cli-"));
  const input = join(dir, "in.tsv");
  // Two sentences, the second with a gold column the command must ignore.
  const lines = ["Il", "ministro", "Gianfranco", "Brusati", "è", "a", "Valdoria", ".", "", "La\tO", "Cartiera\tB-ORG", "Ressi\tI-ORG", "chiude\tO", "", ""];
  writeFileSync(input, lines.join("\n"));

  it("prints the same tokens in order, blank lines kept, with valid BIO", async () => {
    const out = join(dir, "out.tsv");
    assert.equal(await run(["--conll", input, "--out", out]), 0);
    const got = readFileSync(out, "utf8").split("\n");
    const tokens = lines.map((l) => l.split("\t")[0]);
    assert.deepEqual(got.map((l) => l.split("\t")[0]), tokens.slice(0, got.length));
    let prev = "O";
    for (const line of got) {
      if (line === "") {
        prev = "O";
        continue;
      }
      const tag = line.split("\t")[1]!;
      assert.ok(VALID.has(tag), `bad tag ${tag}`);
      if (tag.startsWith("I-")) assert.equal(prev.slice(2), tag.slice(2), `${tag} after ${prev}`);
      prev = tag;
    }
    assert.equal(got.filter((l) => l === "").length >= 1, true);
  });

  it("reports a missing file as an InputError naming it", async () => {
    const missing = join(dir, "nope.tsv");
    await assert.rejects(run(["--conll", missing]), (e: unknown) => e instanceof InputError && e.message.includes(missing));
  });

  it("reports a binary file as an InputError", async () => {
    const bin = join(dir, "bin.tsv");
    writeFileSync(bin, Buffer.from([0x41, 0x00, 0x42, 0x0a]));
    await assert.rejects(run(["--conll", bin]), InputError);
  });

  it("reports a line with an empty token column", async () => {
    const bad = join(dir, "bad.tsv");
    writeFileSync(bad, "Roma\n\tB-LOC\n");
    await assert.rejects(run(["--conll", bad]), (e: unknown) => e instanceof InputError && e.message.includes(`${bad}:2`));
  });

  it("needs --conll", async () => {
    await assert.rejects(run([]), UsageError);
    await assert.rejects(run(["--bogus"]), UsageError);
  });
});
