import type { Doc, Mention } from "../../types.ts";
import { countryId, entryById, namePieces } from "../../nlp/it/gazetteer/index.ts";
import { demonymCountry } from "../../nlp/it/lexicon/demonyms.ts";
import { findRolesInSentence } from "../../nlp/it/lexicon/roles.ts";

// Role phrases: a title, what it is a title of, and who holds it when the text says.
//   "il ministro degli Esteri russo Sergei Lavrov"      title, of russia, holder after
//   "John Kirby, portavoce del Consiglio di sicurezza…" holder before, of the council
//   "il principale consigliere per la sicurezza di Putin, Sergei Shoigu"
// A role phrase without a holder names the one person the article gave that role to
// ("il presidente nordcoreano" = Kim Jong-un after "il presidente nordcoreano, Kim Jong-un").

export interface RolePhrase {
  /** "ministro degli Esteri" */
  title: string;
  /** Titles naming one post share a family ("presidente", "leader", "dittatore"). */
  family: string;
  /** "ex ambasciatore", "l'allora presidente". */
  former: boolean;
  sentence: number;
  /** The phrase with its article and qualifier: "il ministro degli Esteri russo". */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  /** Entity id the role is of: a state (demonym or name), an organisation, a person. */
  of?: string;
  /** The name mention of who holds it, when the phrase is next to one. */
  holder?: Mention;
}

const ARTICLES = new Set(["il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una"]);
const BEFORE_TITLE = new Set(["ex", "allora", "neo", "principale", "nuovo", "nuova", "attuale", "stesso", "stessa", "già", "alto", "alta", "potente", "storico", "storica"]);
const AFTER_TITLE = new Set(["eletto", "eletta", "uscente", "designato", "designata", "incaricato", "incaricata", "ad interim", "interim", "aggiunto", "aggiunta", "vicario", "onorario", "onoraria", "supremo", "suprema", "attuale", "nuovo", "nuova"]);
/** Government offices whose bare title means Italy's in Italian news (a portfolio is named). */
const ITALIAN_OFFICES = new Set([
  "ministro di un dicastero", "ministro degli Esteri", "ministro della Difesa", "ministro dell'Interno", "ministro dell'Economia",
  "ministro della Giustizia", "vice ministro", "vice ministro degli Esteri", "vice ministro della Difesa",
  "sottosegretario", "head of state", "premier-it",
]);
/** Titles of those families that only other countries use. */
const FOREIGN_TITLES = new Set(["segretario di Stato", "segretario alla Difesa", "segretario della Difesa", "capo della diplomazia", "cancelliere"]);
const ITALY = countryId("IT");
/** Titles only one country uses, unless the phrase names another ("il segretario di Stato Marco Rubio"). */
const TITLE_COUNTRY = new Map([
  ["segretario di Stato", countryId("US")],
  ["segretario al Tesoro", countryId("US")],
  ["segretario alla Difesa", countryId("US")],
  ["segretario al Commercio", countryId("US")],
]);

/** A name shaped like an Italian one: every word ends in a, e, i or o ("Matteo Piantedosi"). */
function italianShaped(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 && words.every((w) => /[aeio]$/.test(w) && w.length >= 3);
}

/** Roles that speak or act for a body: they take the seat of power in the sentence. */
const SPEAKS_FOR = new Set(["portavoce", "consigliere", "consigliere per la sicurezza"]);
const OF = new Set(["di", "del", "della", "dello", "dell", "dei", "degli", "delle"]);

function word(text: string | undefined): string {
  return text === undefined ? "" : namePieces(text).join(" ");
}

/**
 * Role phrases of every sentence. `mentions` are the article's name (and demonym)
 * mentions with `entity` set; role phrases inside a name are skipped.
 */
export function findRolePhrases(doc: Doc, mentions: readonly Mention[]): RolePhrase[] {
  const out: RolePhrase[] = [];
  const all = new Map<number, Mention[]>();
  for (const m of mentions) all.set(m.sentence, [...(all.get(m.sentence) ?? []), m]);
  const sentenceMentions = (i: number): readonly Mention[] => all.get(i) ?? [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const sentence of doc.sentences) {
    const toks = sentence.tokens;
    const names = bySentence.get(sentence.index) ?? [];
    const nameAt = (i: number) => names.find((m) => m.tokenStart === i);
    const nameEndingAt = (i: number) => names.find((m) => m.tokenEnd === i);
    const inName = (i: number) => names.some((m) => m.tokenStart <= i && i < m.tokenEnd);
    for (const role of findRolesInSentence(sentence)) {
      if (inName(role.tokenStart)) continue;
      let from = role.tokenStart;
      while (from > 0 && BEFORE_TITLE.has(word(toks[from - 1]?.text))) from--;
      const hasArticle = from > 0 && ARTICLES.has(word(toks[from - 1]?.text));
      if (hasArticle) from--;

      // Qualifier: a nationality, or "di/del/della …" and a name, after words that only
      // qualify the title ("il neo presidente eletto degli Stati Uniti").
      let to = role.tokenEnd;
      let family = role.family;
      // "il ministro dell'Agricoltura", "la ministra delle Riforme": a portfolio the list
      // does not name is still a minister's portfolio.
      if (family === "ministro" && OF.has(word(toks[to]?.text)) && /^\p{Lu}/u.test(toks[to + 1]?.text ?? "") && !nameAt(to + 1)) {
        to += 2;
        while (to < toks.length && /^\p{Lu}/u.test(toks[to]!.text) && !nameAt(to)) to++;
        family = "ministro di un dicastero";
      }
      while (to < toks.length && AFTER_TITLE.has(word(toks[to]!.text))) to++;
      // "l'Alta rappresentante per la politica estera dell'Ue": a complement before the body.
      if (word(toks[to]?.text) === "per") {
        for (let j = to + 1; j < Math.min(toks.length - 1, to + 7); j++) {
          if (OF.has(word(toks[j]!.text)) && nameAt(j + 1)) {
            to = j;
            break;
          }
        }
      }
      let of: string | undefined = TITLE_COUNTRY.get(role.title);
      for (let step = 0; step < 2 && to < toks.length; step++) {
        const country = /^\p{Ll}/u.test(toks[to]!.text) ? demonymCountry(toks[to]!.text) : undefined;
        if (country) {
          of = country;
          to++;
          continue;
        }
        const named = OF.has(word(toks[to]!.text)) ? nameAt(to + 1) : undefined;
        if (named?.entity) {
          of = of === TITLE_COUNTRY.get(role.title) ? named.entity : (of ?? named.entity);
          to = named.tokenEnd;
          continue;
        }
        break;
      }

      // Holder: the name right after (perhaps after a comma), or right before with a comma.
      let holder: Mention | undefined;
      const after = toks[to]?.text === "," ? to + 1 : to;
      const next = nameAt(after);
      if (next?.type === "PERSON") holder = next;
      else if (toks[from - 1]?.text === ",") {
        const prev = nameEndingAt(from - 1);
        if (prev?.type === "PERSON") holder = prev;
      }
      // "La reazione del Cremlino …, con il portavoce Dmitry Peskov": a spokesman without
      // a qualifier speaks for the one seat of power named before him in the sentence.
      if (of === undefined && holder && SPEAKS_FOR.has(family)) {
        const seatsIn = (list: readonly Mention[]) => new Set(list.filter((m) => m.entity !== undefined && entryById(m.entity)?.source === "seats").map((m) => m.entity!));
        const here = seatsIn(names.filter((m) => m.tokenEnd <= from));
        // "…ha dichiarato il portavoce Dmitry Peskov" after a sentence about the Kremlin.
        const othersBefore = names.some((m) => m.tokenEnd <= from && m.type !== "PERSON");
        const seats = here.size > 0 || othersBefore || sentence.index === 0 ? here : seatsIn(bySentence.get(sentence.index - 1) ?? []);
        if (seats.size === 1) of = [...seats][0];
      }
      // "il ministro dell'Interno Matteo Piantedosi": Italian news names foreign officials
      // with their nationality and its own government's without, so a bare government title
      // held by an Italian-shaped name is Italy's.
      if (of === undefined && holder && ITALIAN_OFFICES.has(family) && !FOREIGN_TITLES.has(role.title)) {
        // "Assente il presidente brasiliano Lula, rappresentato dal ministro degli Esteri
        // Mauro Vieira": a state named earlier in the sentence is the one meant.
        const states = new Set(
          sentenceMentions(sentence.index)
            .filter((m) => m.tokenEnd <= from && m.entity !== undefined && entryById(m.entity)?.source === "countries")
            .map((m) => m.entity!),
        );
        if (states.size === 1) of = [...states][0];
        else if (states.size === 0 && italianShaped(holder.text)) of = ITALY;
      }
      const start = toks[from]!.start;
      const end = toks[to - 1]!.end;
      out.push({
        title: family === "ministro di un dicastero" ? toks.slice(role.tokenStart, to).map((t) => t.text).join(" ").replace(/(['’]) /g, "$1") : role.title,
        family,
        former: role.former,
        sentence: sentence.index,
        tokenStart: from,
        tokenEnd: to,
        start,
        end,
        text: doc.article.text.slice(start, end),
        ...(of !== undefined ? { of } : {}),
        ...(holder ? { holder } : {}),
      });
    }
  }
  // "Il capo dell'esercito sudanese, il generale Abdel Fattah al-Burhan": a role phrase
  // with no name of its own, in apposition to one that has, shares its holder.
  for (let i = 0; i + 1 < out.length; i++) {
    const p = out[i]!;
    const q = out[i + 1]!;
    if (p.holder || !q.holder || q.sentence !== p.sentence) continue;
    if (doc.sentences[p.sentence]!.tokens[p.tokenEnd]?.text === "," && q.tokenStart === p.tokenEnd + 1) p.holder = q.holder;
  }
  return out;
}
