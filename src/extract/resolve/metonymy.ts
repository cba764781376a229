import type { Sentence } from "../../types.ts";
import { namePieces } from "../../nlp/it/gazetteer/index.ts";

// A capital is a place after a place preposition ("a Pyongyang", "verso Mosca", "nella
// capitale Mosca", "da Pyongyang a Vladivostok") and otherwise an actor that stands for
// its state ("Mosca chiede", "il sostegno di Pyongyang", "secondo Seul", "armi a Mosca").

const PLACE_PREPOSITIONS = new Set(["a", "ad", "in", "verso", "presso", "fino", "nei", "pressi", "vicino", "attraverso", "sopra", "su", "sulla"]);
const ARTICLED_PLACE_PREPOSITIONS = new Set(["nella", "nel", "alla", "al"]);
const CITY_OFFICES = new Set(["sindaco", "sindaca", "vicesindaco", "governatore", "governatrice", "prefetto", "vescovo", "arcivescovo", "comune", "giunta", "municipio", "questore", "procura"]);
const PLACE_NOUNS = new Set(["capitale", "città", "citta", "porto", "centro", "cittadina", "località"]);

/** Stems of giving, sending, supporting and asking: "a" after them marks a recipient. */
const GIVING = /^(sosteg|support|aiut|invi(?!t)|fornit|fornir|fornisc|fornitur|vend|consegn|sped|regal|concess|conced|offr|offert|promess|garant|chied|chiest|richiest|esort|sollecit|restitu|cedut|ceder)/;
const CLAUSE_BREAK = new Set([",", ";", ":", ".", "(", ")", "«", "»", "“", "”", '"']);

/** Whether a giving word comes before token `at` in the same clause, within a few words. */
function givenTo(sentence: Sentence, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 8); i--) {
    const t = sentence.tokens[i]!.text;
    if (CLAUSE_BREAK.has(t)) return false;
    if (GIVING.test(t.toLowerCase())) return true;
  }
  return false;
}

function word(sentence: Sentence, i: number): string {
  const tok = sentence.tokens[i];
  return tok ? namePieces(tok.text).join(" ") : "";
}

/** Whether the name at tokens [start, end) of `sentence` is used as a place. */
export function usedAsPlace(sentence: Sentence, start: number, end: number): boolean {
  const prev = word(sentence, start - 1);
  // "il sostegno a Kiev", "ha fornito armi a Mosca": after giving, "a" marks who receives.
  if ((prev === "a" || prev === "ad") && givenTo(sentence, start - 1)) return false;
  if (PLACE_PREPOSITIONS.has(prev)) return true;
  // "nella capitale Mosca", "la città di Vladivostok"
  if (PLACE_NOUNS.has(prev)) return true;
  if (prev === "di" && PLACE_NOUNS.has(word(sentence, start - 2))) return true;
  // "il sindaco di Varsavia", "il Comune di Roma": the city's own offices.
  if (prev === "di" && CITY_OFFICES.has(word(sentence, start - 2))) return true;
  if (ARTICLED_PLACE_PREPOSITIONS.has(prev)) return true;
  // "da Pyongyang a Vladivostok": a route, not a source.
  if (prev === "da" && word(sentence, end) === "a") return true;
  // A dateline: "Roma, 12 marzo", "MOSCA, 3 ottobre", "ROMA - …".
  if (start === 0 && sentence.tokens[end]?.text === "," && /^\d/.test(sentence.tokens[end + 1]?.text ?? "")) return true;
  // "ROMA - La presidente …", "MOSCA – Il Cremlino …"
  if (start === 0 && /^[-–—]$/.test(sentence.tokens[end]?.text ?? "")) return true;
  // "Vladivostok, la città …"
  if (sentence.tokens[end]?.text === "," && PLACE_NOUNS.has(word(sentence, end + 2))) return true;
  return false;
}
