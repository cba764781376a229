import assert from "node:assert/strict";
import { addFirstPassContext, CONTEXT_KEYS } from "../../src/ner/first-pass-context.ts";
import { EVIDENCE_KEYS, EvidenceCodes, evidenceKeys } from "../../src/ner/document.ts";
import { tagIndex } from "../../src/ner/tags.ts";

const tags = (s: string) => Int8Array.from(s.split(" "), tagIndex);

/** The context keys alone, numbered as documentEvidence numbers them. */
function keysOf(tokens: string[], firstPass: string, codes = new EvidenceCodes([tokens])): string[][] {
  addFirstPassContext([tokens], [tags(firstPass)], codes, EVIDENCE_KEYS.indexOf(CONTEXT_KEYS[0]!));
  return evidenceKeys([tokens], codes)[0]!;
}

describe("ner first-pass context evidence", () => {
  const tokens = ["la", "Consulta", "nazionale", "di", "Valdoria", "vota"];
  const firstPass = "O B-ORG I-ORG O B-LOC O";
  const keys = keysOf(tokens, firstPass);

  const found: Array<[number, string, string]> = [
    [0, "pass1+2=I-ORG", "the tag two tokens on"],
    [0, "pass1-2=<S>", "the sentence start two tokens back"],
    [2, "pass1-1|0=B-ORG|I-ORG", "the pair with the tag before"],
    [2, "pass1-0|+1=I-ORG|O", "the pair with the tag after"],
    [2, "pass1-1|w=B-ORG|nazionale", "a lower-case word after a name, with the name's tag"],
    [0, "pass1+1|w=B-ORG|la", "a lower-case word before a name, with the name's tag"],
    [3, "pass1+1|w=B-LOC|di", "a connector before a name"],
    [3, "pass1-1|w=I-ORG|di", "a word between two names reads both"],
    [5, "pass1+2=<S>", "the sentence end two tokens on"],
  ];
  for (const [i, key, why] of found) {
    it(`gives '${tokens[i]}' ${key}: ${why}`, () => assert.ok(keys[i]!.includes(key), keys[i]!.join(" ")));
  }

  const notFound: Array<[number, string, string]> = [
    [1, "pass1+1|w=I-ORG|Consulta", "no word key for a capitalised word"],
    [5, "pass1-1|w=O|vota", "no word key after a word outside names"],
  ];
  for (const [i, key, why] of notFound) {
    it(`does not give '${tokens[i]}' ${key}: ${why}`, () => assert.ok(!keys[i]!.includes(key), keys[i]!.join(" ")));
  }

  it("gives no key to a token with no name within two tokens, and no word key away from names", () => {
    const plain = keysOf(["ieri", "piove", "forte", "tutto", "il", "giorno"], "O O O O O O");
    assert.deepEqual(plain.slice(2, 4), [[], []], JSON.stringify(plain));
    assert.ok(plain.every((k) => !k.some((key) => key.includes("|w="))), JSON.stringify(plain));
    const near = keysOf(["ieri", "piove", "forte", "a", "Valdoria", "oggi"], "O O O O B-LOC O");
    assert.deepEqual(near[2], ["pass1+2=B-LOC"]);
  });

  it("keeps the keys already there", () => {
    const tokens = ["Orvesta", "vince"];
    const codes = new EvidenceCodes([tokens]);
    codes.add(0, EVIDENCE_KEYS.indexOf("pass1=O"));
    const keys = keysOf(tokens, "B-ORG O", codes);
    assert.equal(keys[0]![0], "pass1=O");
    assert.ok(keys[1]!.includes("pass1-1|w=B-ORG|vince"));
  });
});
