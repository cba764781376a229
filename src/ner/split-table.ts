// Word → list tables of a model file, read straight from its JSON header. The header
// holds them as records of "|"-joined lists; copying 110,000 of them into Maps of arrays
// was a sixth of loading a model, and a run only ever asks about the words it meets.

/** A read-only map over a record of "|"-joined lists, each split when asked for. */
export class SplitTable implements ReadonlyMap<string, string[]> {
  private count = -1;

  constructor(private readonly record: Readonly<Record<string, string>>) {}

  /** Counted when first asked: only saving a model and tests ask. */
  get size(): number {
    if (this.count < 0) this.count = Object.keys(this.record).length;
    return this.count;
  }

  get(word: string): string[] | undefined {
    // Only a string is a list: "constructor" or "__proto__" read Object.prototype's.
    const list: unknown = this.record[word];
    return typeof list === "string" ? list.split("|") : undefined;
  }

  has(word: string): boolean {
    return Object.hasOwn(this.record, word);
  }

  *entries(): MapIterator<[string, string[]]> {
    for (const word of Object.keys(this.record)) yield [word, this.record[word]!.split("|")];
  }

  *keys(): MapIterator<string> {
    yield* Object.keys(this.record);
  }

  *values(): MapIterator<string[]> {
    for (const [, list] of this.entries()) yield list;
  }

  [Symbol.iterator](): MapIterator<[string, string[]]> {
    return this.entries();
  }

  forEach(callback: (value: string[], key: string, map: ReadonlyMap<string, string[]>) => void): void {
    for (const [word, list] of this.entries()) callback(list, word, this);
  }
}
