import { seededRandom } from "../src/random.ts";

// New names for the repeated passes of the benchmark corpus. Repeating the same 906
// Wikinews texts would name the same people again and again, and a graph built from
// them would stop growing after the first pass; a real news stream keeps introducing
// people while the well-known ones recur. KIND's gold BIO tags say which tokens are
// PER, ORG and LOC, so each repeated article can name others of the same type.

/** One KIND sentence: tokens and their gold BIO tags (`B-PER`, `I-ORG`, `O`, …). */
export interface KindSentence {
  tokens: string[];
  tags: string[];
}

export type NameType = "PER" | "ORG" | "LOC";

/** A name in a sentence: tokens [start, end) of one type. */
export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
}

const TYPES = new Set<string>(["PER", "ORG", "LOC"]);

/** The gold names of a sentence, read off its BIO tags (an `I-` after `O` starts a name). */
export function nameSpans(sentence: KindSentence): NameSpan[] {
  const spans: NameSpan[] = [];
  sentence.tags.forEach((tag, i) => {
    const [prefix, type = ""] = tag.split("-", 2) as [string, string?];
    if (!TYPES.has(type)) return;
    const last = spans.at(-1);
    if (prefix === "I" && last !== undefined && last.end === i && last.type === type) last.end = i + 1;
    else spans.push({ start: i, end: i + 1, type: type as NameType });
  });
  return spans;
}

const key = (tokens: readonly string[]) => tokens.join(" ");

/**
 * Every gold name of the source articles, one entry per mention, so a random pick
 * favours the names the news mentions most. A person's full name splits into a first
 * name and a surname; the surname is the longest tail of the name that the corpus also
 * uses alone for a person ("Luigi De Magistris" → "De Magistris"), else all but the
 * first word.
 */
export class NamePool {
  readonly names: Record<NameType, string[][]> = { PER: [], ORG: [], LOC: [] };
  /** Full names of people (two words or more). */
  readonly people: string[][];
  private readonly alone = new Set<string>();

  constructor(sentences: Iterable<KindSentence>) {
    for (const sentence of sentences) {
      for (const span of nameSpans(sentence)) {
        const tokens = sentence.tokens.slice(span.start, span.end);
        this.names[span.type].push(tokens);
        if (span.type === "PER" && tokens.length < 4) this.alone.add(key(tokens));
      }
    }
    const tails = surnameTails(this.names.PER);
    this.people = this.names.PER.filter((tokens) => tokens.length >= 2 && !tails.has(key(tokens)));
  }

  /** Where a full name's surname starts. */
  surnameStart(person: readonly string[]): number {
    for (let start = 1; start < person.length; start++) if (this.alone.has(key(person.slice(start)))) return start;
    return 1;
  }
}

/** Every proper tail of the multi-word names: "De Santis" of "Bruno De Santis" is a surname, not a person. */
function surnameTails(names: readonly string[][]): Set<string> {
  const tails = new Set<string>();
  for (const tokens of names) for (let start = 1; start < tokens.length - 1; start++) tails.add(key(tokens.slice(start)));
  return tails;
}

/** How often a repeated article keeps a name, or takes a known one from the pool (the rest are new people). */
export interface RenameSettings {
  keep: number;
  known: number;
}

export const DEFAULT_RENAME_SETTINGS: RenameSettings = { keep: 0.2, known: 0.4 };

/**
 * The article's sentences with its names replaced, consistently: the same original
 * name becomes the same substitute everywhere in the article, and a surname used alone
 * follows its person. Each distinct name is kept (`keep`), replaced by a name of the
 * same type from the pool (`known`: people and organisations that recur across the
 * news), or, for a person, given a first name and a surname from two different people
 * of the pool, mostly someone never named before. ORG and LOC names are only ever
 * swapped within the pool. Same `seed`, same result.
 */
export function renameArticle(
  sentences: readonly KindSentence[],
  pool: NamePool,
  seed: number,
  settings: RenameSettings = DEFAULT_RENAME_SETTINGS,
): string[][] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const substitutes = new Map<string, string[]>();
  const mentions = sentences.flatMap((s) => nameSpans(s).map((span) => ({ span, tokens: s.tokens.slice(span.start, span.end) })));

  // People with a full name first, so their surnames are known before the names used alone.
  const tails = surnameTails(mentions.filter((m) => m.span.type === "PER").map((m) => m.tokens));
  const surnames = new Map<string, string[]>();
  for (const { span, tokens } of mentions) {
    const name = key(tokens);
    if (span.type !== "PER" || tokens.length < 2 || tails.has(name) || substitutes.has(name)) continue;
    const draw = random();
    let person: readonly string[];
    if (draw < settings.keep) person = tokens;
    else if (draw < settings.keep + settings.known) person = pick(pool.people);
    else {
      const first = pick(pool.people);
      const last = pick(pool.people);
      person = [...first.slice(0, pool.surnameStart(first)), ...last.slice(pool.surnameStart(last))];
    }
    substitutes.set(name, [...person]);
    const surname = key(tokens.slice(pool.surnameStart(tokens)));
    if (!surnames.has(surname)) surnames.set(surname, person.slice(pool.surnameStart(person)));
  }
  for (const { span, tokens } of mentions) {
    const name = key(tokens);
    if (substitutes.has(name)) continue;
    const surname = span.type === "PER" ? surnames.get(name) : undefined;
    if (surname !== undefined) substitutes.set(name, surname);
    else substitutes.set(name, random() < settings.keep ? tokens : [...pick(pool.names[span.type])]);
  }

  return sentences.map((sentence) => {
    const out: string[] = [];
    let at = 0;
    for (const span of nameSpans(sentence)) {
      out.push(...sentence.tokens.slice(at, span.start), ...substitutes.get(key(sentence.tokens.slice(span.start, span.end)))!);
      at = span.end;
    }
    out.push(...sentence.tokens.slice(at));
    return out;
  });
}
