import assert from "node:assert/strict";
import { documentEvidence } from "../../src/ner/document.ts";
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
    assert.deepEqual(ev[2]![1], ["pass1=O", "pass1-1=O", "pass1+1=B-LOC"]);
    assert.deepEqual(ev[0]![0]!.slice(0, 3), ["pass1=B-PER", "pass1-1=<S>", "pass1+1=I-PER"]);
  });
});
