// Italian verb lemmatiser: a surface form → every (infinitive, tense, person) it can be.
// Regular forms are analysed by stripping endings (all three conjugations, every simple
// tense, enclitic pronouns); irregular verbs are generated from principal parts once at
// load, including their prefixed compounds (promettere from mettere). Results are
// memoised, because a corpus repeats the same few thousand forms.

import { IRREGULAR_VERBS, type IrregularVerb } from "./lexicon/irregular-verbs.ts";

export type VerbTense =
  | "infinito"
  | "presente"
  | "imperfetto"
  | "remoto"
  | "futuro"
  | "condizionale"
  | "congiuntivo"
  | "congiuntivo-imperfetto"
  | "imperativo"
  | "gerundio"
  | "participio";

export interface VerbAnalysis {
  /** The infinitive: "incontrare". */
  lemma: string;
  tense: VerbTense;
  /** 1–3 for finite forms. */
  person?: 1 | 2 | 3;
  number?: "sg" | "pl";
  /** Enclitic pronouns the form carried ("incontrarlo" → ["lo"]). */
  clitics?: string[];
}

type Conjugation = "are" | "ere" | "ire";
type Slot = [VerbTense, (1 | 2 | 3)?, ("sg" | "pl")?];

const P: Array<[1 | 2 | 3, "sg" | "pl"]> = [
  [1, "sg"],
  [2, "sg"],
  [3, "sg"],
  [1, "pl"],
  [2, "pl"],
  [3, "pl"],
];

/** Six endings (1sg..3pl) of one tense → slots. */
function six(tense: VerbTense, endings: string[]): Array<[string, Slot]> {
  return endings.flatMap((e, i) => (e ? [[e, [tense, P[i]![0], P[i]![1]] as Slot] as [string, Slot]] : []));
}

const ENDINGS: Record<Conjugation, Array<[string, Slot]>> = {
  are: [
    ["are", ["infinito"]],
    ["ando", ["gerundio"]],
    ...["ato", "ata", "ati", "ate"].map((e): [string, Slot] => [e, ["participio"]]),
    ...six("presente", ["o", "i", "a", "iamo", "ate", "ano"]),
    ...six("imperfetto", ["avo", "avi", "ava", "avamo", "avate", "avano"]),
    ...six("remoto", ["ai", "asti", "ò", "ammo", "aste", "arono"]),
    ...six("futuro", ["erò", "erai", "erà", "eremo", "erete", "eranno"]),
    ...six("condizionale", ["erei", "eresti", "erebbe", "eremmo", "ereste", "erebbero"]),
    ...six("congiuntivo", ["i", "i", "i", "iamo", "iate", "ino"]),
    ...six("congiuntivo-imperfetto", ["assi", "assi", "asse", "assimo", "aste", "assero"]),
    ...six("imperativo", ["", "a", "i", "iamo", "ate", "ino"]),
  ],
  ere: [
    ["ere", ["infinito"]],
    ["endo", ["gerundio"]],
    ...["uto", "uta", "uti", "ute"].map((e): [string, Slot] => [e, ["participio"]]),
    ...six("presente", ["o", "i", "e", "iamo", "ete", "ono"]),
    ...six("imperfetto", ["evo", "evi", "eva", "evamo", "evate", "evano"]),
    ...six("remoto", ["ei", "esti", "é", "emmo", "este", "erono"]),
    ...six("remoto", ["etti", "", "ette", "", "", "ettero"]),
    ...six("futuro", ["erò", "erai", "erà", "eremo", "erete", "eranno"]),
    ...six("condizionale", ["erei", "eresti", "erebbe", "eremmo", "ereste", "erebbero"]),
    ...six("congiuntivo", ["a", "a", "a", "iamo", "iate", "ano"]),
    ...six("congiuntivo-imperfetto", ["essi", "essi", "esse", "essimo", "este", "essero"]),
    ...six("imperativo", ["", "i", "a", "iamo", "ete", "ano"]),
  ],
  ire: [
    ["ire", ["infinito"]],
    ["endo", ["gerundio"]],
    ...["ito", "ita", "iti", "ite"].map((e): [string, Slot] => [e, ["participio"]]),
    ...six("presente", ["o", "i", "e", "iamo", "ite", "ono"]),
    ...six("presente", ["isco", "isci", "isce", "", "", "iscono"]),
    ...six("imperfetto", ["ivo", "ivi", "iva", "ivamo", "ivate", "ivano"]),
    ...six("remoto", ["ii", "isti", "ì", "immo", "iste", "irono"]),
    ...six("futuro", ["irò", "irai", "irà", "iremo", "irete", "iranno"]),
    ...six("condizionale", ["irei", "iresti", "irebbe", "iremmo", "ireste", "irebbero"]),
    ...six("congiuntivo", ["a", "a", "a", "iamo", "iate", "ano"]),
    ...six("congiuntivo", ["isca", "isca", "isca", "", "", "iscano"]),
    ...six("congiuntivo-imperfetto", ["issi", "issi", "isse", "issimo", "iste", "issero"]),
    ...six("imperativo", ["", "i", "a", "iamo", "ite", "ano"]),
  ],
};

// Longest endings first so "erebbero" is tried before "ero"… all are tried anyway; order
// only makes the candidate list read naturally.
const ENDING_INDEX: Array<[string, Conjugation, Slot]> = (Object.keys(ENDINGS) as Conjugation[])
  .flatMap((c) => ENDINGS[c].map(([e, s]): [string, Conjugation, Slot] => [e, c, s]))
  .sort((a, b) => b[0].length - a[0].length);

/** The endings by their last letter, in the order above: a form is compared only with endings it may end in. */
const ENDINGS_BY_LAST = new Map<string, Array<[string, Conjugation, Slot]>>();
for (const entry of ENDING_INDEX) {
  const last = entry[0].at(-1)!;
  const list = ENDINGS_BY_LAST.get(last);
  if (list) list.push(entry);
  else ENDINGS_BY_LAST.set(last, [entry]);
}

const CLITICS = [
  "glielo", "gliela", "glieli", "gliele", "gliene",
  "melo", "mela", "meli", "mele", "mene", "telo", "tela", "teli", "tele", "tene",
  "celo", "cela", "celi", "cele", "cene", "selo", "sela", "seli", "sele", "sene",
  "velo", "vela", "veli", "vele", "vene",
  "gli", "mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "ne",
];

/** Ending → the irregular analyses generated for it. */
const IRREGULAR_FORMS = buildIrregularForms(IRREGULAR_VERBS);

const memo = new Map<string, readonly VerbAnalysis[]>();

/**
 * Every verb analysis of a surface form, irregular first. Case-insensitive; a form that
 * cannot be a verb gives []. Candidates over-generate ("parte" → partire, partere): a
 * caller keeps the lemmas its lexicon knows.
 */
export function lemmatise(form: string): readonly VerbAnalysis[] {
  const key = form.toLowerCase().replace(/’/g, "'");
  let hit = memo.get(key);
  if (!hit) {
    hit = analyse(key);
    if (memo.size > 200_000) memo.clear();
    memo.set(key, hit);
  }
  return hit;
}

/**
 * The analyses of a form whose lemma is in `lemmas`: `lemmatise(form)` filtered so, in the
 * same order, without building the readings of other verbs (most words are none of a
 * small lexicon's). Not memoised: the caller keeps what it needs.
 */
export function lemmatiseAmong(form: string, lemmas: ReadonlySet<string>): VerbAnalysis[] {
  return analyse(form.toLowerCase().replace(/’/g, "'"), lemmas);
}

/** The distinct lemmas of a form (for lexicon lookup). */
export function verbLemmas(form: string): string[] {
  return [...new Set(lemmatise(form).map((a) => a.lemma))];
}

/** Every analysis of a lower-case form; with `lemmas`, only those of these lemmas. */
function analyse(form: string, lemmas?: ReadonlySet<string>): VerbAnalysis[] {
  const irregular = IRREGULAR_FORMS.get(form);
  if (form.length < 2 || !/^[a-zàèéìíòóù]+$/.test(form)) return irregular ? irregular.filter((a) => !lemmas || lemmas.has(a.lemma)) : [];
  const out = analyseBare(form, lemmas);
  // Truncated infinitives: "aver", "esser", "poter fare".
  if (/[aeiou][r]$/.test(form)) for (const a of analyseBare(form + "e", lemmas)) if (a.tense === "infinito") out.push(a);
  const stripped: Array<[string, string[]]> = [];
  stripClitics(form, [], stripped);
  for (const [base, clitics] of stripped) {
    for (const a of analyseBare(base, lemmas)) {
      // Clitics attach to infinitives, gerunds and imperatives only.
      if (a.tense === "infinito" || a.tense === "gerundio" || a.tense === "imperativo") out.push({ ...a, clitics });
    }
  }
  return out.length > 1 ? firstOfEach(out) : out;
}

/** The analyses in order, each only at its first occurrence. */
function firstOfEach(list: readonly VerbAnalysis[]): VerbAnalysis[] {
  const out: VerbAnalysis[] = [];
  const seen = new Set<string>();
  for (const a of list) {
    const k = `${a.lemma}|${a.tense}|${a.person ?? ""}|${a.number ?? ""}|${a.clitics?.join("+") ?? ""}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(a);
    }
  }
  return out;
}

function analyseBare(form: string, lemmas?: ReadonlySet<string>): VerbAnalysis[] {
  const irregular = IRREGULAR_FORMS.get(form) ?? [];
  const out: VerbAnalysis[] = lemmas ? irregular.filter((a) => lemmas.has(a.lemma)) : [...irregular];
  if (lemmas && !startsLikeOneOf(form, lemmas)) return out;
  for (const [ending, conj, [tense, person, number]] of ENDINGS_BY_LAST.get(form.at(-1) ?? "") ?? []) {
    if (!form.endsWith(ending)) continue;
    const stem = form.slice(0, form.length - ending.length);
    if (stem.length < 2 || !/[aeiouàèéìòù]/.test(stem)) continue;
    for (const s of stemVariants(stem, conj, ending)) {
      const lemma = s + conj;
      if (lemmas && !lemmas.has(lemma)) continue;
      const a: VerbAnalysis = { lemma, tense };
      if (person) a.person = person;
      if (number) a.number = number;
      out.push(a);
    }
  }
  return out;
}

/**
 * Every regular reading's lemma is a stem variant v plus "are", "ere" or "ire": the stem
 * itself, the stem less its "h", or the stem plus an "i" ("lascerò" → lasciare). The stem
 * has two letters or more and a vowel, so v has a vowel and two letters or more, and v
 * less a final "i" is a prefix of the form. A form can thus have a regular reading among
 * `lemmas` only if one of their roots (v less a final "i") starts it: the roots are
 * looked up by their first letters, up to ROOT_PREFIX of them.
 */
const ROOT_PREFIX = 4;

/** `rootIndexes.get(lemmas)[n]`: the roots of `lemmas` cut to n letters (all of those shorter than ROOT_PREFIX). */
const rootIndexes = new WeakMap<ReadonlySet<string>, Array<Set<string>>>();

function startsLikeOneOf(form: string, lemmas: ReadonlySet<string>): boolean {
  let index = rootIndexes.get(lemmas);
  if (!index) {
    index = Array.from({ length: ROOT_PREFIX + 1 }, () => new Set<string>());
    for (const lemma of lemmas) {
      if (!/(are|ere|ire)$/.test(lemma)) continue;
      const v = lemma.slice(0, -3);
      if (v.length < 2 || !/[aeiouàèéìòù]/.test(v)) continue;
      const root = v.replace(/i$/, "");
      const n = Math.min(root.length, ROOT_PREFIX);
      index[n]!.add(root.slice(0, n));
    }
    rootIndexes.set(lemmas, index);
  }
  for (let n = 1; n <= ROOT_PREFIX && n <= form.length; n++) if (index[n]!.has(form.slice(0, n))) return true;
  return false;
}

/** Stems an ending may have been attached to, undoing Italian spelling adjustments. */
function stemVariants(stem: string, conj: Conjugation, ending: string): string[] {
  const v = [stem];
  if (conj === "are") {
    // cerchi, cercherò → cercare; paghi → pagare
    if (/[cg]h$/.test(stem) && /^[ie]/.test(ending)) v.push(stem.slice(0, -1));
    // lascerò, mangerò → lasciare, mangiare; invii → inviare (i + i merged)
    if (/[cg]$/.test(stem) && /^e/.test(ending)) v.push(stem + "i");
    if (/^i/.test(ending)) v.push(stem + "i");
  }
  return v;
}

/**
 * Appends to `out` every way of splitting trailing clitics off `rest` (up to two in all:
 * "dar-glie-lo" is one compound clitic), `taken` being those already split off.
 */
function stripClitics(rest: string, taken: string[], out: Array<[string, string[]]>): void {
  if (taken.length === 2) return;
  for (const c of CLITICS) {
    if (!rest.endsWith(c) || rest.length - c.length < 3) continue;
    const base = rest.slice(0, -c.length);
    const clitics = [c, ...taken];
    // Infinitives drop their final -e before a clitic: incontrar|lo, por|si, condur|lo.
    if (/(ar|er|ir|or|ur)$/.test(base)) out.push([base + (base.endsWith("r") && /(or|ur)$/.test(base) ? "re" : "e"), clitics]);
    // Imperatives double the consonant: dammi, fallo, dillo.
    if (/^(da|fa|di|sta|va)$/.test(base.slice(0, -1)) && base.at(-1) === c[0]) out.push([base.slice(0, -1) + "'", clitics]);
    out.push([base, clitics]);
    stripClitics(base, clitics, out);
  }
}

function buildIrregularForms(verbs: readonly IrregularVerb[]): Map<string, VerbAnalysis[]> {
  const forms = new Map<string, VerbAnalysis[]>();
  const put = (form: string, a: VerbAnalysis) => {
    const list = forms.get(form);
    if (list) list.push(a);
    else forms.set(form, [a]);
  };
  for (const verb of verbs) {
    for (const prefix of ["", ...(verb.prefixes ?? [])]) {
      const lemma = prefix + verb.lemma;
      if (!verb.forms.infinito) put(lemma, { lemma, tense: "infinito" });
      for (const [tense, list] of Object.entries(verb.forms) as Array<[VerbTense, string[]]>) {
        list.forEach((f, i) => {
          if (!f) return;
          const a: VerbAnalysis = { lemma, tense };
          const finite = list.length === 6;
          if (finite) {
            a.person = P[i]![0];
            a.number = P[i]![1];
          }
          for (const variant of f.split("/")) put(prefix + variant, a);
        });
      }
    }
  }
  return forms;
}
