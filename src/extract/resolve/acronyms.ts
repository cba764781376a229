import type { Doc, Mention } from "../../types.ts";
import { foldPiece, namePieces } from "../../nlp/it/gazetteer/index.ts";

// "il Consiglio nazionale delle ricerche (Cnr)": the short form in brackets after a name
// is that name, here and wherever else the article uses it.

const SHORT_FORM = /^[\p{Lu}][\p{L}\d&.-]{1,9}$/u;
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\d&.-]{2,6}$/u;
const LEADING_ARTICLES = new Set(["the", "il", "lo", "la", "l", "i", "gli", "le"]);

/**
 * Whether `short` is made of the initials of `name`, in order, starting with the first:
 * "Cnr" of "Consiglio nazionale delle ricerche", "Aiea" of "Agenzia internazionale per
 * l'energia atomica"; not "Sudafrica" after "Sterkfontein".
 */
function abbreviates(short: string, name: string): boolean {
  const letters = namePieces(short).join("");
  const initials = namePieces(name)
    .filter((w, i) => i > 0 || !LEADING_ARTICLES.has(w))
    .map((w) => w[0]!);
  if (letters[0] !== initials[0]) return false;
  let j = 0;
  for (const c of initials) if (c === letters[j]) j++;
  return j === letters.length;
}

/**
 * Points bracketed short forms, and their other mentions, at the entity of the name they
 * follow; adds a mention for a bracketed short form nothing else found. `mentions` are
 * the article's resolved name mentions; returns the mentions to add.
 */
export function linkShortForms(doc: Doc, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  const renamed = new Map<string, { entity: string; name: string }>();
  for (const m of mentions) {
    if (m.type === "PERSON" || !m.entity) continue;
    const toks = doc.sentences[m.sentence]!.tokens;
    const open = toks[m.tokenEnd];
    const short = toks[m.tokenEnd + 1];
    const close = toks[m.tokenEnd + 2];
    if (open?.text !== "(" || close?.text !== ")" || !short || !SHORT_FORM.test(short.text)) continue;
    // Initials in order, or for an organisation any acronym ("Diritto e Giustizia (PiS)",
    // named in its own language).
    if (!abbreviates(short.text, m.text) && !(m.type === "ORG" && ACRONYM.test(short.text))) continue;
    renamed.set(foldPiece(short.text), { entity: m.entity, name: m.text });
    if (!mentions.some((o) => o.start === short.start)) {
      added.push({
        start: short.start,
        end: short.end,
        text: short.text,
        type: m.type,
        kind: "name",
        sentence: m.sentence,
        tokenStart: m.tokenEnd + 1,
        tokenEnd: m.tokenEnd + 2,
        entity: m.entity,
        provenance: [{ by: "resolve:short-form", why: `"${short.text}" in brackets after "${m.text}" is its short form` }],
        score: 0.8,
      });
    }
  }
  if (renamed.size === 0) return added;
  for (const m of mentions) {
    const target = renamed.get(foldPiece(m.text));
    if (!target || m.entity === target.entity || m.type === "PERSON") continue;
    m.entity = target.entity;
    if (m.actor) delete m.actor;
    m.provenance.push({ by: "resolve:short-form", why: `"${m.text}" is the short form of ${target.name}, given in brackets` });
  }
  return added;
}
