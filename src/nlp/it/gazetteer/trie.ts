// A trie over name pieces, so a lookup costs one hash probe per piece of text rather than
// a scan over the list: what lets extraction run at thousands of articles a second.

interface Node<T> {
  next?: Map<string, Node<T>>;
  /** Entries whose name ends here. */
  values?: T[];
  /** On a first piece: names starting with it not added yet (see addLater). */
  later?: string[];
}

const NO_MATCHES: Array<[number, never[]]> = [];

/** A name given to addLater → its pieces and value, when it is added. */
export type Expand<T> = (name: string) => { pieces: string[]; value: T };

export class PieceTrie<T> {
  private readonly root: Node<T> = {};
  private count = 0;

  /** `expand` reads the names given to addLater. */
  constructor(private readonly expand?: Expand<T>) {}

  add(pieces: readonly string[], value: T): void {
    if (pieces.length === 0) return;
    let node = this.root;
    for (const piece of pieces) node = this.child(node, piece);
    (node.values ??= []).push(value);
    this.count++;
  }

  /**
   * Adds a name whose first piece is `first` when a lookup first reaches that piece: a
   * long list most of whose names are never looked up costs no start-up time, and the
   * lookup stays one probe. Names under one first piece are added together, in order,
   * after those added before.
   */
  addLater(first: string, name: string): void {
    (this.child(this.root, first).later ??= []).push(name);
  }

  /** Names added so far (not those waiting in addLater). */
  get size(): number {
    return this.count;
  }

  private child(node: Node<T>, piece: string): Node<T> {
    node.next ??= new Map();
    let child = node.next.get(piece);
    if (!child) {
      child = {};
      node.next.set(piece, child);
    }
    return child;
  }

  private addWaiting(node: Node<T>): void {
    const names = node.later!;
    node.later = undefined;
    for (const name of names) {
      const { pieces, value } = this.expand!(name);
      this.add(pieces, value);
    }
  }

  /**
   * Every name that starts at `pieces[from]`, shortest first, as [end, values] where
   * `end` is the index after the name's last piece.
   */
  matchesAt(pieces: readonly string[], from: number): ReadonlyArray<[end: number, values: readonly T[]]> {
    let node = this.root.next?.get(pieces[from]!);
    // Most words start no name: answer those without allocating.
    if (!node) return NO_MATCHES;
    if (node.later) this.addWaiting(node);
    let out: Array<[number, readonly T[]]> | undefined;
    // `node` is where pieces[from, end) lead.
    for (let end = from + 1; ; end++) {
      if (node.values) (out ??= []).push([end, node.values]);
      if (end >= pieces.length || !node.next) break;
      const next = node.next.get(pieces[end]!);
      if (!next) break;
      node = next;
    }
    return out ?? NO_MATCHES;
  }
}
