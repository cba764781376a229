import type { Doc, EntityType, Mention } from "../../types.ts";
import { namePieces } from "../../nlp/it/gazetteer/index.ts";
import { isGivenName } from "../../nlp/it/gazetteer/given-names.ts";
import { lookupName } from "../../ner/listed-names.ts";

// Name spans that swallowed a neighbour, split before identities are given:
//   "il sindaco di Borgonero Paolo Ferri"  PERSON "Borgonero Paolo Ferri" → Borgonero + Paolo Ferri
//   "ricevuto a Washington da Lutnick"     GPE "Washington da Lutnick"   → Washington + Lutnick
// A tagger reads two names side by side as one; the text gives the seam (a given name
// after a place's or body's words, a "da" between a listed place and a person's surname).

const OF = new Set(["di", "del", "della", "dello", "dell", "dei", "degli", "delle"]);

export function splitSwallowedNames(doc: Doc, names: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of names) {
    const parts = m.kind === "name" ? seam(doc, m, names) : undefined;
    if (parts) out.push(...parts);
    else out.push(m);
  }
  return out;
}

function seam(doc: Doc, m: Mention, names: readonly Mention[]): Mention[] | undefined {
  const toks = doc.sentences[m.sentence]!.tokens;
  const texts = toks.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
  if (m.type === "PERSON") {
    // "(sindaco) di Borgonero Paolo Ferri": after "di", capitalised words that are not given
    // names, then a given name and a surname.
    if (!OF.has(namePieces(toks[m.tokenStart - 1]?.text ?? "").join(" "))) return undefined;
    const given = texts.findIndex((t, i) => i > 0 && isGivenName(t));
    if (given < 1 || given > texts.length - 2 || texts.slice(0, given).some((t) => isGivenName(t) || !/^\p{Lu}/u.test(t))) return undefined;
    const prefix = texts.slice(0, given).join(" ");
    const listed = lookupName(prefix, namePieces(prefix));
    const type: EntityType = listed?.entry.type === "ORG" ? "ORG" : listed?.entry.type === "LOC" ? "LOC" : "GPE";
    return [piece(doc, m, 0, given, type, `"${prefix}" before the given name '${texts[given]}' is a ${type} of its own`), piece(doc, m, given, texts.length, "PERSON", `"${texts.slice(given).join(" ")}" is the person after "${prefix}"`)];
  }
  // "Washington da Lutnick": a listed place, "da", and the surname of a person of the article.
  const da = texts.indexOf("da");
  if (da < 1 || da > texts.length - 2) return undefined;
  const place = texts.slice(0, da).join(" ");
  const listed = lookupName(place, namePieces(place));
  const rest = texts.slice(da + 1).join(" ");
  const person = names.some((n) => n.type === "PERSON" && n !== m && (n.text === rest || n.text.endsWith(` ${rest}`)));
  if (!listed || (listed.entry.type !== "GPE" && listed.entry.type !== "LOC") || !person) return undefined;
  return [piece(doc, m, 0, da, listed.entry.type, `"${place}" is a listed place before 'da'`), piece(doc, m, da + 1, texts.length, "PERSON", `"${rest}" after 'da' is a person of the article`)];
}

/** The mention over tokens [from, to) of m (relative to its start), typed `type`. */
function piece(doc: Doc, m: Mention, from: number, to: number, type: EntityType, why: string): Mention {
  const toks = doc.sentences[m.sentence]!.tokens;
  const start = toks[m.tokenStart + from]!.start;
  const end = toks[m.tokenStart + to - 1]!.end;
  return {
    start,
    end,
    text: doc.article.text.slice(start, end),
    type,
    kind: "name",
    sentence: m.sentence,
    tokenStart: m.tokenStart + from,
    tokenEnd: m.tokenStart + to,
    provenance: [...m.provenance, { by: "resolve:split-span", why }],
    ...(m.score !== undefined ? { score: m.score } : {}),
  };
}
