import { lemmatise } from "../nlp/it/lemma.ts";
import { VERB_CUES } from "../nlp/it/lexicon/cues.ts";
import { demonymCountry } from "../nlp/it/lexicon/demonyms.ts";
import { AUXILIARIES, COMMON_VERBS, MODALS, SPEECH_VERBS } from "../nlp/it/lexicon/verbs.ts";

// The tagger sometimes runs a name on into the verb after it ("l'Università Bocconi
// ospita"): a name never ends in a finite verb, so such a word is cut off the span.

const KNOWN_VERBS = new Set([...AUXILIARIES, ...MODALS, ...SPEECH_VERBS, ...COMMON_VERBS, ...VERB_CUES.map((c) => c.lemma)]);

const FINITE = new Set(["presente", "imperfetto", "remoto", "futuro", "condizionale"]);

/**
 * A lower-case word that is a third-person form of a known verb ("ospita", "ha", "annuncia"),
 * never an adjective of a name: no nationality ("europea"), no participle ("aperta", "riuniti").
 */
export function isVerbForm(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || demonymCountry(word) !== undefined) return false;
  const readings = lemmatise(word);
  if (readings.some((r) => r.tense === "participio" && KNOWN_VERBS.has(r.lemma))) return false;
  return readings.some((r) => r.person === 3 && FINITE.has(r.tense) && KNOWN_VERBS.has(r.lemma));
}
