// Multi-token name lists matched over a token sequence, longest match first, left to
// right. Each list maps a name (as tokens) to a small label; matching writes B/I marks
// per token so the tagger can use "inside a known organisation name" as a feature.

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Label of a name ending here, or -1. */
  label: number;
}

export class TokenGazetteer {
  private readonly root: TrieNode = { next: null, label: -1 };
  private entries = 0;

  /** Adds a name; a name added twice keeps its first label. */
  add(tokens: readonly string[], label: number): void {
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) {
        child = { next: null, label: -1 };
        node.next.set(token, child);
      }
      node = child;
    }
    if (node.label === -1) {
      node.label = label;
      this.entries++;
    }
  }

  get size(): number {
    return this.entries;
  }

  /**
   * Marks matches in `tokens`: out[i] = label*2+1 at a match's first token, label*2+2
   * inside it, 0 elsewhere. Matches are longest-first and do not overlap.
   */
  match(tokens: readonly string[], out: Int32Array): void {
    out.fill(0, 0, tokens.length);
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let bestEnd = -1;
      let bestLabel = -1;
      for (let j = i; j < tokens.length; j++) {
        node = node.next?.get(tokens[j]!);
        if (!node) break;
        if (node.label >= 0) {
          bestEnd = j + 1;
          bestLabel = node.label;
        }
      }
      if (bestEnd < 0) {
        i++;
        continue;
      }
      out[i] = bestLabel * 2 + 1;
      for (let k = i + 1; k < bestEnd; k++) out[k] = bestLabel * 2 + 2;
      i = bestEnd;
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
  for (let i = 0; i < data.names.length; i++) gaz.add(data.names[i]!.split(" "), data.nameLabels[i]!);
  return gaz;
}
