import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SettingsError } from "../../src/errors.ts";
import { encodeModel } from "../../src/ner/model-io.ts";
import { spansOf } from "../../src/ner/tags.ts";
import { resolveNerTrainSettings, trainNerModel, type LabelledSentence } from "../../src/ner/train.ts";

// Invented sentences: a made-up minister, city and company, in a few patterns.
const PEOPLE = ["Gianfranco Brusati", "Ottavia Melzani", "Remo Tarsilli", "Ilaria Fondrovi", "Bruno Castellari", "Edda Moravini"];
const CITIES = ["Valdoria", "Pontelungo", "Serravecchia", "Borgofranco", "Acquamarina", "Rocca Silvana"];
const FIRMS = ["Fabbrica Tessile Lunardi", "Cantieri Orsolini", "Banca Popolare di Valtrebbia", "Officine Marzotti", "Cartiera Ressi", "Mulini Berardi"];

function sentence(parts: Array<[string, string | null]>): LabelledSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const [text, type] of parts) {
    text.split(" ").forEach((tok, k) => {
      tokens.push(tok);
      tags.push(type === null ? "O" : `${k === 0 ? "B" : "I"}-${type}`);
    });
  }
  return { tokens, tags };
}

function corpus(offset: number): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (let k = 0; k < PEOPLE.length; k++) {
    const p = PEOPLE[(k + offset) % PEOPLE.length]!;
    const c = CITIES[(k + 2 * offset) % CITIES.length]!;
    const f = FIRMS[(k + 3 * offset) % FIRMS.length]!;
    out.push(sentence([["Il ministro", null], [p, "PER"], ["ha visitato", null], [c, "LOC"], [".", null]]));
    out.push(sentence([["I dirigenti della", null], [f, "ORG"], ["hanno incontrato", null], [p, "PER"], ["a", null], [c, "LOC"], [".", null]]));
    out.push(sentence([["La", null], [f, "ORG"], ["ha aperto una sede a", null], [c, "LOC"], [".", null]]));
    out.push(sentence([["Ieri la pioggia è caduta per ore sulla pianura .", null]]));
  }
  return out;
}

const INFO = { format: "trama-ner" as const, version: 1 as const, licence: "test", attribution: "test" };

describe("ner training", function () {
  this.timeout(30000);
  const sentences = [...corpus(0), ...corpus(1), ...corpus(2)];
  const { model } = trainNerModel(
    { train: [{ name: "toy", sentences }], dev: [], resources: { clusters: new Map(), wordKeys: new Map(), gazetteers: [] }, info: INFO },
    { epochs: 8, featureCutoff: 1, folds: 3, documentWindow: 2 },
  );

  it("learns the sentences it was trained on", () => {
    let correct = 0;
    let total = 0;
    for (const s of sentences) {
      const want = spansOf(s.tags).map((x) => `${x.start}:${x.end}:${x.type}`);
      const got = new Set(spansOf(model.tag(s.tokens)).map((x) => `${x.start}:${x.end}:${x.type}`));
      total += want.length;
      correct += want.filter((w) => got.has(w)).length;
    }
    assert.ok(correct / total > 0.95, `recall on training data ${correct}/${total}`);
  });

  it("generalises the patterns to names it never saw", () => {
    const tokens = "Il ministro Arnaldo Pescetti ha visitato Montebruno .".split(" ");
    assert.deepEqual(model.tag(tokens), ["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]);
  });

  const noEntities = ["Ieri la pioggia è caduta per ore sulla collina .", "la pianura ha visitato per ore la pioggia ."];
  for (const text of noEntities) {
    it(`finds nothing in "${text}"`, () => {
      assert.deepEqual(spansOf(model.tag(text.split(" "))), []);
    });
  }

  it("tags a document in order, one tag per token", () => {
    const doc = [sentences[0]!.tokens, sentences[1]!.tokens];
    const tagged = model.tagDocument(doc);
    assert.deepEqual(tagged.map((t) => t.length), doc.map((t) => t.length));
    assert.ok(model.stages.document, "a document pass was trained");
  });

  const badSettings: Array<[string, object]> = [
    ["epochs", { epochs: 0 }],
    ["featureCutoff", { featureCutoff: 1.5 }],
    ["folds", { folds: 1 }],
    ["documentWindow", { documentWindow: -1 }],
    ["corpusWeights.WN", { corpusWeights: { WN: 0 } }],
  ];
  for (const [name, partial] of badSettings) {
    it(`rejects a bad ${name}`, () => {
      assert.throws(() => resolveNerTrainSettings(partial), (e: unknown) => e instanceof SettingsError && e.setting === name && e.message.startsWith("trama:"));
    });
  }

  it("reads the sentence pass back from its cache: the same model as training it again", () => {
    const dir = mkdtempSync(join(tmpdir(), "trama-ner-cache-"));
    try {
      const cache = join(dir, "sentence-pass.bin");
      const train = () =>
        trainNerModel(
          { train: [{ name: "toy", sentences }], dev: [], resources: { clusters: new Map(), wordKeys: new Map(), gazetteers: [] }, info: INFO, sentencePassCache: cache },
          { epochs: 8, featureCutoff: 1, folds: 3, documentWindow: 2 },
        ).model;
      const written = encodeModel(train());
      assert.ok(existsSync(cache));
      assert.deepEqual(encodeModel(train()), written);
      assert.deepEqual(written, encodeModel(model), "the cache changes nothing");
      const other = { train: [{ name: "toy", sentences: sentences.slice(1) }], dev: [], resources: { clusters: new Map(), wordKeys: new Map(), gazetteers: [] }, info: INFO, sentencePassCache: cache };
      assert.throws(() => trainNerModel(other, { folds: 3, documentWindow: 2 }), (e: unknown) => e instanceof SettingsError && e.message.startsWith("trama:"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("rejects a tag outside the tag set", () => {
    const bad = [{ tokens: ["Roma"], tags: ["B-GPE"] }];
    assert.throws(
      () => trainNerModel({ train: [{ name: "bad", sentences: bad }], dev: [], resources: { clusters: new Map(), wordKeys: new Map(), gazetteers: [] }, info: INFO }),
      /B-GPE/,
    );
  });
});
