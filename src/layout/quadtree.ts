// A Barnes–Hut quadtree over flat typed arrays, rebuilt every iteration. Cells are laid
// out depth-first; a leaf holds a run of `bodies` (up to LEAF_SIZE, or more when points
// coincide), so there is no per-node object and no recursion limit to hit.

const LEAF_SIZE = 8;
const MAX_DEPTH = 24;

export class QuadTree {
  /** Node indices, grouped so each cell owns the run bodies[start[c]..end[c]). */
  bodies: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** 1 for a leaf (its bodies interact one by one), 0 for a cell with quadrants. */
  leaf: Uint8Array;
  /** Four quadrant cells per cell (child[4c..4c+3]), -1 where a quadrant is empty. */
  child: Int32Array;
  /** Cell width, mass and centre of mass. */
  width: Float64Array;
  mass: Float64Array;
  massX: Float64Array;
  massY: Float64Array;
  /** Position and mass of bodies[k] at index k: leaves read them contiguously. */
  bodyX: Float64Array;
  bodyY: Float64Array;
  bodyMass: Float64Array;
  cells = 0;
  private scratch: Int32Array;

  constructor(private readonly order: number) {
    this.bodies = new Int32Array(order);
    this.bodyX = new Float64Array(order);
    this.bodyY = new Float64Array(order);
    this.bodyMass = new Float64Array(order);
    this.scratch = new Int32Array(order);
    const capacity = Math.max(16, Math.ceil(order / 2));
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.leaf = new Uint8Array(capacity);
    this.child = new Int32Array(capacity * 4);
    this.width = new Float64Array(capacity);
    this.mass = new Float64Array(capacity);
    this.massX = new Float64Array(capacity);
    this.massY = new Float64Array(capacity);
  }

  build(x: Float64Array, y: Float64Array, mass: Float64Array): void {
    const n = this.order;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      this.bodies[i] = i;
      const xi = x[i]!;
      const yi = y[i]!;
      if (xi < minX) minX = xi;
      if (xi > maxX) maxX = xi;
      if (yi < minY) minY = yi;
      if (yi > maxY) maxY = yi;
    }
    const width = Math.max(maxX - minX, maxY - minY, 1e-9);
    this.cells = 0;
    this.split(0, n, minX, minY, width, 0, x, y, mass);
    for (let k = 0; k < n; k++) {
      const i = this.bodies[k]!;
      this.bodyX[k] = x[i]!;
      this.bodyY[k] = y[i]!;
      this.bodyMass[k] = mass[i]!;
    }
  }

  /** Makes the cell for bodies[from..to) in the square at (left, top) of `width`; returns its index. */
  private split(from: number, to: number, left: number, top: number, width: number, depth: number, x: Float64Array, y: Float64Array, mass: Float64Array): number {
    const cell = this.allocate();
    this.start[cell] = from;
    this.end[cell] = to;
    this.width[cell] = width;
    if (to - from <= LEAF_SIZE || depth >= MAX_DEPTH) {
      this.leaf[cell] = 1;
      let m = 0;
      let mx = 0;
      let my = 0;
      for (let k = from; k < to; k++) {
        const i = this.bodies[k]!;
        const mi = mass[i]!;
        m += mi;
        mx += x[i]! * mi;
        my += y[i]! * mi;
      }
      this.mass[cell] = m;
      this.massX[cell] = mx / m;
      this.massY[cell] = my / m;
      return cell;
    }
    this.leaf[cell] = 0;
    // Counting sort of the run into four quadrants, through the scratch buffer.
    const half = width / 2;
    const midX = left + half;
    const midY = top + half;
    const counts = [0, 0, 0, 0];
    for (let k = from; k < to; k++) {
      const i = this.bodies[k]!;
      counts[(x[i]! < midX ? 0 : 1) + (y[i]! < midY ? 0 : 2)]!++;
    }
    const offsets = [from, from + counts[0]!, from + counts[0]! + counts[1]!, from + counts[0]! + counts[1]! + counts[2]!];
    const next = [...offsets];
    for (let k = from; k < to; k++) {
      const i = this.bodies[k]!;
      this.scratch[next[(x[i]! < midX ? 0 : 1) + (y[i]! < midY ? 0 : 2)]!++] = i;
    }
    this.bodies.set(this.scratch.subarray(from, to), from);
    let m = 0;
    let mx = 0;
    let my = 0;
    for (let q = 0; q < 4; q++) {
      const qFrom = offsets[q]!;
      const qTo = q < 3 ? offsets[q + 1]! : to;
      if (qFrom === qTo) {
        this.child[cell * 4 + q] = -1;
        continue;
      }
      const c = this.split(qFrom, qTo, q & 1 ? midX : left, q & 2 ? midY : top, half, depth + 1, x, y, mass);
      this.child[cell * 4 + q] = c;
      m += this.mass[c]!;
      mx += this.massX[c]! * this.mass[c]!;
      my += this.massY[c]! * this.mass[c]!;
    }
    this.mass[cell] = m;
    this.massX[cell] = mx / m;
    this.massY[cell] = my / m;
    return cell;
  }

  private allocate(): number {
    if (this.cells === this.start.length) this.grow();
    return this.cells++;
  }

  private grow(): void {
    const capacity = this.start.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.start = grown(this.start, capacity);
    this.end = grown(this.end, capacity);
    this.leaf = grown(this.leaf, capacity);
    this.child = grown(this.child, capacity * 4);
    this.width = grown(this.width, capacity);
    this.mass = grown(this.mass, capacity);
    this.massX = grown(this.massX, capacity);
    this.massY = grown(this.massY, capacity);
  }
}
