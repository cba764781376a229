// Word → list tables of a model file, read straight from its JSON header. The header
// holds them as records of "|"-joined lists; copying 110,000 of them into Maps of arrays
// was a sixth of loading a model, and a run only ever asks about the words it meets.
// Few lists are distinct (2,248 cluster paths of 14,826 words, 19 class lists of 85,726),
// so each is split once and shared: a new word then gets strings already hashed and
// interned, not fresh ones to hash again in every table the features look them up in.

/** A read-only map over a record of "|"-joined lists, each split when first asked for. */
export class SplitTable implements ReadonlyMap<string, readonly string[]> {
  private count = -1;
  /** The lists met so far, by their joined text. */
  private readonly lists = new Map<string, readonly string[]>();

  constructor(private readonly record: Readonly<Record<string, string>>) {}

  /** Counted when first asked: only saving a model and tests ask. */
  get size(): number {
    if (this.count < 0) this.count = Object.keys(this.record).length;
    return this.count;
  }

  get(word: string): readonly string[] | undefined {
    // Only a string is a list: "constructor" or "__proto__" read Object.prototype's.
    const joined: unknown = this.record[word];
    if (typeof joined !== "string") return undefined;
    let list = this.lists.get(joined);
    if (!list) this.lists.set(joined, (list = joined.split("|")));
    return list;
  }

  has(word: string): boolean {
    return Object.hasOwn(this.record, word);
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (const word of Object.keys(this.record)) yield [word, this.record[word]!.split("|")];
  }

  *keys(): MapIterator<string> {
    yield* Object.keys(this.record);
  }

  *values(): MapIterator<readonly string[]> {
    for (const [, list] of this.entries()) yield list;
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }

  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void): void {
    for (const [word, list] of this.entries()) callback(list, word, this);
  }
}
