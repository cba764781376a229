import type { EntityType } from "../../src/types.ts";
import type { ViewerGraph } from "./graph-data.ts";

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The alias that matched, when it was not the name itself. */
  via?: string;
}

interface Entry {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** Name first, then aliases, each folded. */
  names: Array<{ text: string; folded: string }>;
}

/** Lower case without accents or punctuation, so "zelensky" finds "Zelenskyj" and "Kim Jong Un" finds "Kim Jong-un". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: ViewerGraph) {
    graph.forEachNode((key, a) => {
      const names = [a.label, ...a.aliases.filter((alias) => alias !== a.label)].map((text) => ({ text, folded: fold(text) }));
      this.entries.push({ key, label: a.label, type: a.type, mentions: a.mentions, names });
    });
  }

  /** Best matches first: whole name, then name start, then word start, then anywhere. */
  search(query: string, limit = 12, accept: (key: string) => boolean = () => true): SearchHit[] {
    const q = fold(query);
    if (q === "") return [];
    const scored: Array<{ entry: Entry; rank: number; via?: string }> = [];
    for (const entry of this.entries) {
      if (!accept(entry.key)) continue;
      let best = Infinity;
      let via: string | undefined;
      entry.names.forEach((name, i) => {
        const rank = matchRank(name.folded, q) + (i === 0 ? 0 : 0.5);
        if (rank < best) {
          best = rank;
          via = i === 0 ? undefined : name.text;
        }
      });
      if (best < Infinity) scored.push({ entry, rank: best, via });
    }
    scored.sort((a, b) => a.rank - b.rank || b.entry.mentions - a.entry.mentions || a.entry.label.localeCompare(b.entry.label));
    return scored.slice(0, limit).map(({ entry, via }) => ({ key: entry.key, label: entry.label, type: entry.type, ...(via ? { via } : {}) }));
  }
}

function matchRank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 3;
  return Infinity;
}
