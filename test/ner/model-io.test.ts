import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { DataError } from "../../src/errors.ts";
import { decodeModel, encodeModel, loadModel, saveModel } from "../../src/ner/model-io.ts";
import { buildGazetteer } from "../../src/ner/gazetteer.ts";
import { trainNerModel } from "../../src/ner/train.ts";

function toyModel(wordClasses?: Map<string, string[]>) {
  const s = (text: string, tags: string) => ({ tokens: text.split(" "), tags: tags.split(" ") });
  const sentences = [
    s("Il ministro Ada Ferlini visita Valdoria .", "O O B-PER I-PER O B-LOC O"),
    s("La Cartiera Ressi apre a Pontelungo .", "O B-ORG I-ORG O O B-LOC O"),
    s("Ada Ferlini lascia la Cartiera Ressi .", "B-PER I-PER O O B-ORG I-ORG O"),
    s("Piove su Valdoria e su Pontelungo .", "O O B-LOC O O B-LOC O"),
  ];
  const org = { code: "org", labels: ["ORG"], names: ["Cartiera Ressi"], nameLabels: [0] };
  return trainNerModel(
    {
      train: [{ name: "toy", sentences: [...sentences, ...sentences] }],
      dev: [],
      resources: {
        clusters: new Map([["valdoria", ["1", "10"]]]),
        wordKeys: new Map([["Cartiera", ["org-head=3"]]]),
        ...(wordClasses ? { wordClasses } : {}),
        gazetteers: [{ ...org, gazetteer: buildGazetteer(org) }],
      },
      info: { format: "trama-ner", version: 1, licence: "CC BY-NC 4.0", attribution: "invented" },
    },
    { epochs: 5, featureCutoff: 1, folds: 2, documentWindow: 1 },
  ).model;
}

describe("ner model file", () => {
  const model = toyModel();
  const dir = mkdtempSync(join(tmpdir(), "trama-ner-"));
  const path = join(dir, "model.bin.gz");
  saveModel(path, model);
  const loaded = loadModel(path);
  const probes = ["Il ministro Ada Ferlini apre la Cartiera Ressi a Valdoria .", "Nessuno piove .", "Pontelungo"].map((t) => t.split(" "));

  it("tags the same after a save and load", () => {
    for (const p of probes) assert.deepEqual(loaded.tag(p), model.tag(p));
    assert.deepEqual(loaded.tagDocument(probes), model.tagDocument(probes));
  });

  it("keeps the licence, clusters and gazetteers", () => {
    assert.equal(loaded.info.licence, "CC BY-NC 4.0");
    assert.deepEqual(loaded.resources.clusters.get("valdoria"), ["1", "10"]);
    assert.deepEqual(loaded.resources.wordKeys.get("Cartiera"), model.resources.wordKeys.get("Cartiera"));
    assert.ok(loaded.resources.wordKeys.get("Cartiera")!.includes("org-head=3"));
    assert.deepEqual(loaded.resources.gazetteers.map((g) => g.code), model.resources.gazetteers.map((g) => g.code));
    assert.equal(loaded.stages.documentWindow, 1);
    assert.ok(loaded.stages.document);
  });

  it("keeps the common-word classes, and reads a model without them", () => {
    const withClasses = toyModel(new Map([["piove", ["it5"]], ["ministro", ["it1", "en35"]]]));
    const back = decodeModel(encodeModel(withClasses), "classes.bin.gz");
    assert.deepEqual(back.resources.wordClasses?.get("ministro"), ["it1", "en35"]);
    assert.ok(back.index.lookup("lex=it5") >= 0, "the class keys are features of the model");
    for (const p of probes) assert.deepEqual(back.tag(p), withClasses.tag(p));
    const header = gunzipSync(encodeModel(model)).toString("utf8");
    assert.ok(!header.includes('"wordClasses"'), "a model without classes writes no field for them");
    assert.equal(loaded.resources.wordClasses?.size ?? 0, 0);
  });

  it("encodes deterministically", () => {
    assert.deepEqual(encodeModel(loaded), readFileSync(path));
  });

  const corrupt: Array<[string, Uint8Array]> = [
    ["not gzip", Buffer.from("hello")],
    ["bad magic", gzipSync(Buffer.from("NOPE\u0000\u0000\u0000\u0000"))],
    ["empty", new Uint8Array(0)],
  ];
  for (const [what, bytes] of corrupt) {
    it(`rejects a file that is ${what} with a DataError`, () => {
      const bad = join(dir, `${what.replace(/ /g, "-")}.bin.gz`);
      writeFileSync(bad, bytes);
      assert.throws(() => loadModel(bad), (e: unknown) => e instanceof DataError && e.message.startsWith("trama:") && e.message.includes(bad));
    });
  }

  // The gzip trailer's size only sizes the output buffer: a wrong one must not change
  // what loads, nor get past zlib's own length check.
  const trailers: Array<[string, number, boolean]> = [
    ["a true size", -1, true],
    ["a size of 0", 0, false],
    ["a size of 4 GB", 0xffffffff, false],
  ];
  for (const [what, size, loads] of trailers) {
    it(`${loads ? "loads" : "rejects"} a model whose gzip trailer gives ${what}`, () => {
      const bytes = Buffer.from(encodeModel(model));
      if (size >= 0) bytes.writeUInt32LE(size, bytes.length - 4);
      if (loads) assert.deepEqual(decodeModel(bytes, "trailer.bin.gz").tag(["Mario", "Rossi"]), model.tag(["Mario", "Rossi"]));
      else assert.throws(() => decodeModel(bytes, "trailer.bin.gz"), (e: unknown) => e instanceof DataError && /not a gzip-compressed/.test(e.message));
    });
  }

  it("rejects a file cut short", () => {
    const raw = gunzipSync(encodeModel(model));
    assert.throws(() => decodeModel(gzipSync(raw.subarray(0, raw.length - 10)), "cut.bin.gz"), /truncated/);
  });

  it("says how to fix a missing model", () => {
    assert.throws(() => loadModel(join(dir, "absent.bin.gz")), /npm run train:ner/);
  });
});
