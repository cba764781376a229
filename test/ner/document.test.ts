import assert from "node:assert/strict";
import { documentEvidence, evidenceCodes, MAX_TOKEN_EVIDENCE } from "../../src/ner/document.ts";
import { tagIndex } from "../../src/ner/tags.ts";

const tags = (s: string) => Int8Array.from(s.split(" "), tagIndex);

describe("ner document evidence", () => {
  const sentences = [
    ["Remo", "Tarsilli", "parla", "."],
    ["Tarsilli", "risponde", "."],
    ["piove", "a", "Valdoria", "."],
  ];
  const firstPass = [tags("B-PER I-PER O O"), tags("B-ORG O O"), tags("O O B-LOC O")];

  it("tells a word how the first pass tagged it in other sentences of the window", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    assert.ok(ev[1]![0]!.includes("doc-tag=I-PER"), ev[1]![0]!.join(" "));
    assert.ok(ev[1]![0]!.includes("doc-all=PER"));
    assert.ok(ev[0]![1]!.includes("doc-tag=B-ORG"), "its own sentence does not count");
  });

  it("says when a capitalised word is not seen elsewhere, and reads only the window", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    assert.ok(ev[2]![2]!.includes("doc=unseen"));
    const narrow = documentEvidence(sentences, firstPass, 0);
    assert.ok(narrow[1]![0]!.includes("doc=unseen"), "window 0 reads no other sentence");
  });

  it("gives lower-case words only the first-pass tags around them", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    assert.deepEqual(ev[2]![1]!.slice(0, 3), ["pass1=O", "pass1-1=O", "pass1+1=B-LOC"]);
    assert.ok(!ev[2]![1]!.some((k) => k.startsWith("doc")), ev[2]![1]!.join(" "));
    assert.deepEqual(ev[0]![0]!.slice(0, 3), ["pass1=B-PER", "pass1-1=<S>", "pass1+1=I-PER"]);
  });
});

describe("ner document evidence weighed by confidence", () => {
  const sentences = [["Orvesta", "vince", "."], ["Orvesta", "perde", "."], ["Orvesta", "gioca", "."]];
  const sure = (...p: number[]) => Float64Array.from(p);

  it("counts a guess elsewhere for less than a sure tag", () => {
    // Sentence 1 sees a sure ORG (0.95) and an unsure PER (0.4): ORG wins, only ORG is sure.
    const firstPass = [tags("B-ORG O O"), tags("O O O"), tags("B-PER O O")];
    const ev = documentEvidence(sentences, firstPass, 5, [sure(0.95, 1, 1), sure(1, 1, 1), sure(0.4, 1, 1)]);
    assert.ok(ev[1]![0]!.includes("doc-tag=B-ORG"), ev[1]![0]!.join(" "));
    assert.ok(ev[1]![0]!.includes("doc-sure=ORG"));
    assert.ok(!ev[1]![0]!.includes("doc-sure=PER"), "a guess is not sure");
    // Counted by number alone, the tie goes to the first tag in tag order (PER).
    const plain = documentEvidence(sentences, firstPass, 5);
    assert.ok(plain[1]![0]!.includes("doc-tag=B-PER"), plain[1]![0]!.join(" "));
    assert.ok(!plain[1]![0]!.some((k) => k.startsWith("doc-sure")), "no sure keys without confidence");
  });

  it("does not count the sentence's own tags, however sure", () => {
    const firstPass = [tags("B-LOC O O"), tags("O O O"), tags("O O O")];
    const ev = documentEvidence(sentences, firstPass, 5, [sure(1, 1, 1), sure(1, 1, 1), sure(1, 1, 1)]);
    assert.ok(!ev[0]![0]!.includes("doc-sure=LOC"), ev[0]![0]!.join(" "));
    assert.ok(ev[1]![0]!.includes("doc-sure=LOC"));
  });
});

describe("ner document evidence about whole names", () => {
  const sentences = [
    ["la", "Lega", "Celtica", "Nova", "apre", "."],
    ["la", "Lega", "Celtica", "Nova", "chiude", "."],
    ["Lega", "vince", "."],
    ["Celtica", "Nova", "e", "Lega", "Celtica", "."],
  ];
  const firstPass = [tags("O B-ORG I-ORG I-ORG O O"), tags("O B-ORG O B-LOC O O"), tags("B-PER O O"), tags("O O O O O O")];
  const spanKeys = (row: string[] | null) => (row ?? []).filter((k) => k.startsWith("doc-span="));

  it("marks a token sequence that the first pass read as one name elsewhere, by position", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    assert.deepEqual(ev[1]!.slice(1, 4).map(spanKeys), [["doc-span=B-ORG"], ["doc-span=I-ORG"], ["doc-span=L-ORG"]]);
  });

  it("prefers the longest name and gives every type it had", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    // "Lega" alone was ORG (sentence 1) and PER (sentence 2): both types, as a unit name.
    assert.deepEqual(spanKeys(ev[3]![3]!), ["doc-span=U-ORG", "doc-span=U-PER"]);
    // In sentence 0 the longer "Lega Celtica Nova" of sentence 1 is not there; "Lega" is.
    assert.deepEqual(spanKeys(ev[0]![1]!), ["doc-span=U-ORG", "doc-span=U-PER"]);
  });

  it("must NOT mark a name from its own sentence, outside the window, or a partial match", () => {
    const ev = documentEvidence(sentences, firstPass, 5);
    assert.deepEqual(spanKeys(ev[3]![0]!), [], "'Celtica Nova' is no name found elsewhere");
    assert.deepEqual(spanKeys(ev[2]![0]!), ["doc-span=U-ORG"], "its own PER does not count");
    const narrow = documentEvidence(sentences, firstPass, 0);
    assert.deepEqual(narrow.flat().flatMap(spanKeys), []);
  });
});

describe("ner document evidence as key numbers", () => {
  // "Varesco" is a person, a company and a place elsewhere, each surely: every type share,
  // sure key and span type at once, the most one token can carry.
  const sentences = [["Varesco", "."], ["Varesco", "."], ["Varesco", "."], ["Varesco", "Ombri", "."]];
  const firstPass = [tags("B-PER O"), tags("B-ORG O"), tags("B-LOC O"), tags("O B-PER O")];
  const sure = sentences.map((s) => new Float64Array(s.length).fill(1));

  it("keeps each token's keys apart when a token gets the most keys there are", () => {
    const codes = evidenceCodes(sentences, firstPass, 5, sure);
    const most = Math.max(...codes.counts);
    assert.ok(most > 10 && most <= MAX_TOKEN_EVIDENCE, `most keys on a token: ${most}`);
    const ev = documentEvidence(sentences, firstPass, 5, sure);
    const varesco = ev[3]![0]!;
    for (const key of ["doc-sure=PER", "doc-sure=ORG", "doc-sure=LOC", "doc-span=U-PER", "doc-span=U-ORG", "doc-span=U-LOC"]) {
      assert.ok(varesco.includes(key), `${key} in ${varesco.join(" ")}`);
    }
    assert.deepEqual(ev[3]![1]!.slice(0, 3), ["pass1=B-PER", "pass1-1=O", "pass1+1=O"], "the next token's keys are its own");
  });
});
