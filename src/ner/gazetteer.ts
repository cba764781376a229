import { stringTable, type StringTable } from "./string-table.ts";

// Multi-token name lists matched over a token sequence, longest match first, left to
// right. Each list maps a name (as tokens) to a small label; matching writes B/I marks
// per token so the tagger can use "inside a known organisation name" as a feature.

/**
 * Names indexed by their first and second tokens, each bucket longest first. Loading a
 * list only chains each name to the earlier ones with its first token (numbers in typed
 * arrays, no object per token); the first time a text shows that token, its names are
 * gathered into a node, and a name of several tokens is split and filed under its second
 * token. So a list of 100,000 names loads in tens of milliseconds and the names a text
 * never evokes are never split. A lookup compares only the few names that start with
 * the two tokens at hand.
 */
interface FirstTokenNode {
  /** Label of the one-token name, or -1. */
  single: number;
  /** Second token → longer names (their tokens from the third on); null while there are none (most names are one word). */
  bySecond: StringTable<Array<{ rest: string[]; label: number }>> | null;
  /** Longer names not filed yet, in the order added: tokens, or tokens joined with spaces. */
  pending: Array<string | readonly string[]> | null;
  pendingLabels: number[] | null;
}

/** A list loaded whole (see load()): names chained by first token, in list order. */
interface LoadedList {
  names: readonly string[];
  labels: readonly number[];
  /** next[i] is the next name with name i's first token, -1 after the last. */
  next: Int32Array;
}

export class TokenGazetteer {
  /** First token → its node, or (before the token is first looked up) the number of its first name in `loaded`. */
  private readonly byFirst: StringTable<FirstTokenNode | number> = stringTable();
  private loaded: LoadedList | null = null;

  /**
   * Adds a whole list of names given as tokens joined with single spaces, the same as
   * addJoined on each in order; only once, on a gazetteer with no names yet.
   */
  load(names: readonly string[], labels: readonly number[]): void {
    if (this.loaded || Object.keys(this.byFirst).length > 0) throw new Error("trama: TokenGazetteer.load() is for an empty gazetteer");
    const next = new Int32Array(names.length).fill(-1);
    // last[h] is the latest name chained after name h, the first of its first token.
    const last = new Int32Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const space = name.indexOf(" ");
      const first = space < 0 ? name : name.slice(0, space);
      const head = this.byFirst[first];
      if (head === undefined) {
        this.byFirst[first] = i;
        last[i] = i;
      } else {
        const h = head as number;
        next[last[h]!] = i;
        last[h] = i;
      }
    }
    this.loaded = { names, labels, next };
  }

  /** Adds a name; a name added twice keeps its first label. */
  add(tokens: readonly string[], label: number): void {
    if (tokens.length === 0) return;
    if (tokens.length === 1) this.addFirst(tokens[0]!, label, null);
    else this.addFirst(tokens[0]!, label, tokens);
  }

  /** Adds a name given as its tokens joined with single spaces. */
  addJoined(name: string, label: number): void {
    const space = name.indexOf(" ");
    if (space < 0) this.addFirst(name, label, null);
    else this.addFirst(name.slice(0, space), label, name);
  }

  private addFirst(first: string, label: number, longer: string | readonly string[] | null): void {
    const node = this.node(first) ?? (this.byFirst[first] = { single: -1, bySecond: null, pending: null, pendingLabels: null });
    addToNode(node, label, longer);
  }

  /** The node of a first token, gathered from the loaded list on first use. */
  private node(first: string): FirstTokenNode | undefined {
    const entry = this.byFirst[first];
    if (typeof entry !== "number") return entry;
    const { names, labels, next } = this.loaded!;
    const node: FirstTokenNode = { single: -1, bySecond: null, pending: null, pendingLabels: null };
    for (let i = entry; i >= 0; i = next[i]!) {
      const name = names[i]!;
      addToNode(node, labels[i]!, name.indexOf(" ") < 0 ? null : name);
    }
    this.byFirst[first] = node;
    return node;
  }

  /** Files a node's pending names under their second tokens, longest first (a stable sort keeps the order added among equals). */
  private file(node: FirstTokenNode): void {
    const pending = node.pending!;
    const labels = node.pendingLabels!;
    node.pending = node.pendingLabels = null;
    const bySecond = (node.bySecond ??= stringTable());
    const touched = new Set<Array<{ rest: string[]; label: number }>>();
    for (let k = 0; k < pending.length; k++) {
      const p = pending[k]!;
      const tokens = typeof p === "string" ? p.split(" ") : p;
      let list = bySecond[tokens[1]!];
      if (!list) bySecond[tokens[1]!] = list = [];
      if (list.some((e) => sameRest(e.rest, tokens))) continue;
      list.push({ rest: tokens.slice(2), label: labels[k]! });
      touched.add(list);
    }
    for (const list of touched) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  /** How many distinct names it holds. */
  get size(): number {
    let count = 0;
    for (const first in this.byFirst) {
      const node = this.node(first)!;
      if (node.pending) this.file(node);
      if (node.single >= 0) count++;
      if (node.bySecond) for (const second in node.bySecond) count += node.bySecond[second]!.length;
    }
    return count;
  }

  /** Whether some name starts with this token. */
  startsName(token: string): boolean {
    return this.byFirst[token] !== undefined;
  }

  /**
   * Marks matches in `tokens`: out[i] = label*2+1 at a match's first token, label*2+2
   * inside it, 0 elsewhere. Matches are longest-first and do not overlap. A caller that
   * knows its tokens (`mayStart[i] & bit` is 0 where startsName(tokens[i]) is false)
   * spares a lookup per token.
   */
  match(tokens: readonly string[], out: Int32Array, mayStart?: Int32Array, bit = 1): void {
    out.fill(0, 0, tokens.length);
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      if (mayStart && (mayStart[i]! & bit) === 0) {
        i++;
        continue;
      }
      const node = this.node(tokens[i]!);
      let end = -1;
      let label = -1;
      if (node) {
        if (node.pending) this.file(node);
        const list = i + 1 < n ? node.bySecond?.[tokens[i + 1]!] : undefined;
        if (list) {
          for (const e of list) {
            const r = e.rest;
            if (i + 2 + r.length > n) continue;
            let k = 0;
            while (k < r.length && r[k] === tokens[i + 2 + k]) k++;
            if (k === r.length) {
              end = i + 2 + r.length;
              label = e.label;
              break;
            }
          }
        }
        if (end < 0 && node.single >= 0) {
          end = i + 1;
          label = node.single;
        }
      }
      if (end < 0) {
        i++;
        continue;
      }
      out[i] = label * 2 + 1;
      for (let k = i + 1; k < end; k++) out[k] = label * 2 + 2;
      i = end;
    }
  }
}

/** Splits a name the way KIND tokenises: on spaces, and after an apostrophe ("d'America"). */
export function tokeniseName(name: string): string[] {
  const tokens: string[] = [];
  for (const part of name.trim().split(/\s+/)) {
    if (part === "") continue;
    const m = /^(.+?['’])(.+)$/.exec(part);
    if (m) tokens.push(m[1]!, m[2]!);
    else tokens.push(part);
  }
  return tokens;
}

/** A name list kept with its entries, so it can be written into a model and read back. */
export interface GazetteerData {
  /** Short code used in feature keys ("org", "country", "train"). */
  code: string;
  labels: string[];
  /** Names as space-joined tokens. */
  names: string[];
  /** Label index of each name. */
  nameLabels: number[];
}

/** Adds a name to its first token's node: a one-token name keeps its first label; longer ones wait to be filed. */
function addToNode(node: FirstTokenNode, label: number, longer: string | readonly string[] | null): void {
  if (longer === null) {
    if (node.single < 0) node.single = label;
    return;
  }
  (node.pending ??= []).push(longer);
  (node.pendingLabels ??= []).push(label);
}

/** Whether `rest` is `tokens` from the third on. */
function sameRest(rest: readonly string[], tokens: readonly string[]): boolean {
  if (rest.length !== tokens.length - 2) return false;
  for (let k = 0; k < rest.length; k++) if (rest[k] !== tokens[k + 2]) return false;
  return true;
}

export function buildGazetteer(data: GazetteerData): TokenGazetteer {
  const gaz = new TokenGazetteer();
  gaz.load(data.names, data.nameLabels);
  return gaz;
}
