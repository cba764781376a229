// Multi-token name lists matched over a token sequence, longest match first, left to
// right. Each list maps a name (as tokens) to a small label; matching writes B/I marks
// per token so the tagger can use "inside a known organisation name" as a feature.

/**
 * Names indexed by their first and second tokens, each bucket longest first. Building is
 * one split per name, so a list of 80,000 names loads in milliseconds; a lookup compares
 * only the few names that start with the two tokens at hand.
 */
interface FirstTokenNode {
  /** Label of the one-token name, or -1. */
  single: number;
  /** Second token → longer names (their tokens from the third on); null while there are none (most names are one word). */
  bySecond: Map<string, Array<{ rest: string[]; label: number }>> | null;
}

export class TokenGazetteer {
  private readonly byFirst = new Map<string, FirstTokenNode>();
  private readonly seen = new Set<string>();
  private sorted = true;

  /** Adds a name; a name added twice keeps its first label. `key` is any string that identifies it (the tokens joined). */
  add(tokens: readonly string[], label: number, key = tokens.join("\u0001")): void {
    if (tokens.length === 0) return;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    let node = this.byFirst.get(tokens[0]!);
    if (!node) this.byFirst.set(tokens[0]!, (node = { single: -1, bySecond: null }));
    if (tokens.length === 1) {
      node.single = label;
      return;
    }
    node.bySecond ??= new Map();
    let list = node.bySecond.get(tokens[1]!);
    if (!list) node.bySecond.set(tokens[1]!, (list = []));
    list.push({ rest: tokens.slice(2), label });
    this.sorted = false;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Longest first, so the first candidate that matches is the longest match. */
  private sort(): void {
    for (const node of this.byFirst.values()) if (node.bySecond) for (const list of node.bySecond.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    this.sorted = true;
  }

  /** Whether some name starts with this token. */
  startsName(token: string): boolean {
    return this.byFirst.has(token);
  }

  /**
   * Marks matches in `tokens`: out[i] = label*2+1 at a match's first token, label*2+2
   * inside it, 0 elsewhere. Matches are longest-first and do not overlap. A caller that
   * knows its tokens (`mayStart[i] & bit` is 0 where startsName(tokens[i]) is false)
   * spares a lookup per token.
   */
  match(tokens: readonly string[], out: Int32Array, mayStart?: Int32Array, bit = 1): void {
    if (!this.sorted) this.sort();
    out.fill(0, 0, tokens.length);
    const n = tokens.length;
    let i = 0;
    while (i < n) {
      if (mayStart && (mayStart[i]! & bit) === 0) {
        i++;
        continue;
      }
      const node = this.byFirst.get(tokens[i]!);
      let end = -1;
      let label = -1;
      if (node) {
        const list = i + 1 < n ? node.bySecond?.get(tokens[i + 1]!) : undefined;
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

export function buildGazetteer(data: GazetteerData): TokenGazetteer {
  const gaz = new TokenGazetteer();
  // A name's space-joined tokens identify it as well as any other join.
  for (let i = 0; i < data.names.length; i++) gaz.add(data.names[i]!.split(" "), data.nameLabels[i]!, data.names[i]!);
  return gaz;
}
