import { strict as assert } from "node:assert";
import { relationsOf, triple } from "./annotate.ts";

// Round 3: sentence shapes frequent in Italian news that the rules missed on unseen
// articles (passives with an agent, adverbs of manner, unknown adjectives before names,
// congratulations, group objects, meetings after a time and a place). Invented people,
// states and towns only.
const ARDO = "[Nello Ardo|PERSON|nello-ardo]";
const FUSCO = "[Lia Fusco|PERSON|lia-fusco]";
const RENDA = "[Tito Renda|PERSON|tito-renda]";
const MARSIA = "[Marsia|GPE|marsia]";
const ULVIA = "[Ulvia|GPE|ulvia]";
const BRENO = "[Breno|GPE|breno]";

// [sentence, relation it must yield]
const POSITIVE: Array<[string, string]> = [
  // The patient of a passive with an agent is the object
  [`${MARSIA} è stata criticata da ${ULVIA}.`, "ulvia CRITICIZED marsia"],
  [`${MARSIA} è stata accusata da ${ARDO} e da ${FUSCO} di violare la tregua.`, "lia-fusco CRITICIZED marsia"],
  [`${MARSIA} è stata accusata da ${ARDO} e da ${FUSCO} di violare la tregua.`, "nello-ardo CRITICIZED marsia"],
  [`${FUSCO} è stata elogiata ieri da ${ARDO}.`, "nello-ardo PRAISED lia-fusco"],
  [`${ULVIA}, attaccata da ${MARSIA} nella notte, chiede aiuto.`, "marsia ATTACKED ulvia"],
  [`${MARSIA} è stata sanzionata da ${ULVIA}.`, "ulvia SANCTIONED marsia"],
  [`${FUSCO} è stata accolta all'aeroporto da ${ARDO} e da ${RENDA}.`, "lia-fusco MET tito-renda"],
  [`${FUSCO}, che è stata ricevuta da ${ARDO}, ha parlato.`, "lia-fusco MET nello-ardo"],
  [`${FUSCO}, arrivata ieri a ${BRENO}, è stata ricevuta da ${ARDO}.`, "lia-fusco MET nello-ardo"],
  // An adverb of manner between the verb and its object
  [`${ARDO} ha criticato duramente il governo di ${MARSIA}.`, "nello-ardo CRITICIZED marsia"],
  [`${ARDO} ha incontrato separatamente ${FUSCO}.`, "nello-ardo MET lia-fusco"],
  // An unknown adjective ending like a plural verb, before a name, is no verb
  [`Il premier lusitano ${ARDO} si è congratulato con ${FUSCO}.`, "nello-ardo PRAISED lia-fusco"],
];

// [why, sentence, relation it must not yield (null: no relation at all)]
const NEGATIVE: Array<[string, string, string | null]> = [
  ["a passive's patient is the phrase right before it, not one further back", `${ARDO} ha criticato le sanzioni imposte da ${ULVIA}.`, "ulvia SANCTIONED nello-ardo"],
  ["a passive without agent names no doer", `${MARSIA} è stata criticata duramente.`, null],
  ["a place after a passive is no patient", `A ${BRENO} è stato ricevuto da ${ARDO} un dono.`, "nello-ardo MET breno"],
  ["an adverb is no object", `${ARDO} ha criticato duramente.`, null],
];

describe("relate round 3: shapes of unseen news (invented names)", () => {
  for (const [sentence, expected] of POSITIVE) {
    it(`${expected}: ${sentence.replace(/\[([^|\]]+)\|[^\]]+\]/g, "$1")}`, () => {
      const got = relationsOf(sentence).map(triple);
      assert.ok(got.includes(expected), `expected ${expected}, got ${JSON.stringify(got)}`);
    });
  }
});

describe("relate round 3: sentences that must not yield a relation", () => {
  for (const [why, sentence, forbidden] of NEGATIVE) {
    it(`${why}: ${sentence.replace(/\[([^|\]]+)\|[^\]]+\]/g, "$1")}`, () => {
      const got = relationsOf(sentence).map(triple);
      if (forbidden === null) assert.deepEqual(got, []);
      else assert.ok(!got.includes(forbidden), `must not yield ${forbidden}, got ${JSON.stringify(got)}`);
    });
  }
});
