// Who claims what a sentence says: "secondo Seul", "ha riportato la Tass", "secondo
// quanto riportato dall'agenzia X", "fonti dell'intelligence di Seul", "ha detto X alla
// CBS", "X ha dichiarato che …". Each claim is found once per sentence; a relation takes
// the claim nearest to its cue.

import type { Mention } from "../../types.ts";
import { SPEECH_VERBS } from "../../nlp/it/lexicon/verbs.ts";
import { findSubject, type ArgumentSettings } from "../relate/arguments.ts";
import type { SentenceView } from "../relate/units.ts";

export interface Claim {
  /** Who claims it. */
  source: Mention;
  /** Token where the claim is made (for nearest-claim choice). */
  at: number;
  why: string;
  /** Made by a verb of saying, so the source is who speaks in the sentence's quotes. */
  speaker: boolean;
}

const SOURCE_NOUNS: ReadonlySet<string> = new Set(["fonti", "fonte"]);

export function findClaims(view: SentenceView, settings: ArgumentSettings): Claim[] {
  const { units, words } = view;
  const claims: Claim[] = [];
  const name = (m: Mention) => view.sentence.tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text).join(" ");
  units.forEach((unit, k) => {
    // "secondo Seul"
    if (unit.kind === "np" && unit.prep === "secondo" && unit.head) {
      claims.push({ source: unit.head, at: unit.start, why: `attribution: 'secondo ${name(unit.head)}'`, speaker: false });
      return;
    }
    // "fonti dell'intelligence di Seul": the last entity in the di-chain after "fonti".
    if (unit.kind === "np" && words.slice(unit.start, unit.end).some((w) => SOURCE_NOUNS.has(w))) {
      let source: Mention | undefined = unit.head;
      for (let j = k + 1; units[j]?.kind === "np" && units[j]!.prep === "di"; j++) source = units[j]!.head ?? source;
      if (source) claims.push({ source, at: unit.start, why: `attribution: sources of ${name(source)}`, speaker: false });
      return;
    }
    if (unit.kind !== "verb" || !unit.verb!.some((a) => SPEECH_VERBS.has(a.lemma))) return;
    const next = units[k + 1];
    // "come riportato dal quotidiano X", "è stata riportata dall'agenzia Y"
    if (unit.verb!.some((a) => a.tense === "participio") && next?.kind === "np" && next.prep === "da" && next.head) {
      claims.push({ source: next.head, at: unit.start, why: `attribution: agent of '${words[unit.start]}' (${name(next.head)})`, speaker: false });
      return;
    }
    // "X ha dichiarato che …", "X ha detto alla CBS che …", "X ha dichiarato di …"
    const after = next?.kind === "np" && (next.prep === "a" || next.prep === "da") ? units[k + 2] : next;
    if (["che", ":", "di", "“", "\"", "«"].includes(words[after?.start ?? -1] ?? "")) {
      const subject = findSubject(view, k, false, settings);
      if ("found" in subject) for (const a of subject.found) claims.push({ source: a.mention, at: unit.start, why: `attribution: subject of '${words[unit.start]}' (${name(a.mention)})`, speaker: true });
      return;
    }
    // Postposed: "…, ha riportato la TASS", "ha detto un funzionario alla CBS".
    const prev = units[k - 1];
    const postposed = prev?.kind === "comma" || prev?.kind === "quote" || (prev?.kind === "verb" && (units[k - 2]?.kind === "comma" || units[k - 2]?.kind === "quote"));
    if (!postposed || next?.kind !== "np" || next.prep !== null) return;
    // "ha riferito l'agenzia di stampa Yonhap": the name may close a di-chain.
    let source = next.head;
    for (let j = k + 2; !source && units[j]?.kind === "np" && units[j]!.prep === "di"; j++) source = units[j]!.head;
    if (source) claims.push({ source, at: unit.start, why: `attribution: inverted subject of '${words[unit.start]}' (${name(source)})`, speaker: true });
  });
  return claims;
}

/** The claim nearest to the cue, or undefined. */
export function nearestClaim(claims: readonly Claim[], cue: number): Claim | undefined {
  let best: Claim | undefined;
  for (const c of claims) if (!best || Math.abs(c.at - cue) < Math.abs(best.at - cue)) best = c;
  return best;
}
