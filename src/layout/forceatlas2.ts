import type { ForceGraph } from "./arrays.ts";
import { QuadTree } from "./quadtree.ts";
import type { LayoutSettings } from "./settings.ts";

// ForceAtlas2 as graphology-layout-forceatlas2 computes it (same forces, same per-node
// adaptive speed), over structure-of-arrays typed arrays with merged parallel edges and
// a flat Barnes–Hut quadtree. The bench runs both on the same graphs.

/**
 * Iterations before the stopping rule may end a run: the adaptive speed starts low, so
 * the first steps are short even far from equilibrium.
 */
const MIN_ITERATIONS = 10;

export interface ForceAtlas2Run {
  iterations: number;
  /** Mean displacement per node in the last iteration, relative to the layout radius. */
  lastDisplacement: number;
  stoppedEarly: boolean;
  barnesHut: boolean;
}

/** Runs ForceAtlas2 on `input` (x, y in place) until the stopping rule or `maxIterations`. */
export function runForceAtlas2(input: ForceGraph, settings: LayoutSettings, maxIterations = settings.maxIterations): ForceAtlas2Run {
  const state = new ForceAtlas2State(input, settings);
  let lastDisplacement = 0;
  let iterations = 0;
  while (iterations < maxIterations && state.order > 1) {
    lastDisplacement = state.step();
    iterations++;
    if (iterations >= MIN_ITERATIONS && lastDisplacement < settings.stopBelow) break;
  }
  return { iterations, lastDisplacement, stoppedEarly: iterations < maxIterations, barnesHut: state.barnesHut };
}

class ForceAtlas2State {
  readonly order: number;
  readonly barnesHut: boolean;
  private readonly dx: Float64Array;
  private readonly dy: Float64Array;
  private readonly oldDx: Float64Array;
  private readonly oldDy: Float64Array;
  private readonly convergence: Float64Array;
  private readonly tree: QuadTree | undefined;
  private readonly stack: Int32Array;
  private readonly slowDown: number;

  constructor(
    private readonly input: ForceGraph,
    private readonly settings: LayoutSettings,
  ) {
    const order = input.x.length;
    this.order = order;
    this.barnesHut = order >= settings.barnesHutFrom;
    this.dx = new Float64Array(order);
    this.dy = new Float64Array(order);
    this.oldDx = new Float64Array(order);
    this.oldDy = new Float64Array(order);
    this.convergence = new Float64Array(order).fill(1);
    this.tree = this.barnesHut ? new QuadTree(order) : undefined;
    this.stack = new Int32Array(4 * 32 + 8);
    this.slowDown = 1 + Math.log(Math.max(order, 1));
  }

  /** One iteration; returns the mean step length relative to the layout's RMS radius. */
  step(): number {
    const { dx, dy, oldDx, oldDy } = this;
    oldDx.set(dx);
    oldDy.set(dy);
    dx.fill(0);
    dy.fill(0);
    if (this.tree) this.repelBarnesHut(this.tree);
    else this.repelAllPairs();
    this.attract();
    this.gravitate();
    return this.move();
  }

  private repelAllPairs(): void {
    const { x, y, mass } = this.input;
    const { dx, dy, order } = this;
    const k = this.settings.scalingRatio;
    for (let i = 0; i < order; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      const mi = k * mass[i]!;
      let fx = 0;
      let fy = 0;
      for (let j = 0; j < i; j++) {
        const xd = xi - x[j]!;
        const yd = yi - y[j]!;
        const d2 = xd * xd + yd * yd;
        if (d2 > 0) {
          const factor = (mi * mass[j]!) / d2;
          fx += xd * factor;
          fy += yd * factor;
          dx[j]! -= xd * factor;
          dy[j]! -= yd * factor;
        }
      }
      dx[i]! += fx;
      dy[i]! += fy;
    }
  }

  private repelBarnesHut(tree: QuadTree): void {
    const { x, y, mass } = this.input;
    const { dx, dy, order, stack } = this;
    const k = this.settings.scalingRatio;
    const theta2 = this.settings.barnesHutTheta * this.settings.barnesHutTheta;
    tree.build(x, y, mass);
    const { bodies, bodyX, bodyY, bodyMass, start, end, leaf, child, width, massX, massY } = tree;
    const cellMass = tree.mass;
    // Nodes in tree order: neighbours on screen walk the same cells, which stay in cache.
    for (let n = 0; n < order; n++) {
      const i = bodies[n]!;
      const xi = bodyX[n]!;
      const yi = bodyY[n]!;
      const mi = k * mass[i]!;
      let fx = 0;
      let fy = 0;
      let top = 0;
      stack[top++] = 0;
      while (top > 0) {
        const c = stack[--top]!;
        const xd = xi - massX[c]!;
        const yd = yi - massY[c]!;
        const d2 = xd * xd + yd * yd;
        const w = width[c]!;
        // graphology's opening test, with the cell width: 2w/d < theta.
        if (4 * w * w < theta2 * d2) {
          const factor = (mi * cellMass[c]!) / d2;
          fx += xd * factor;
          fy += yd * factor;
          continue;
        }
        if (leaf[c] === 1) {
          for (let b = start[c]!; b < end[c]!; b++) {
            const bx = xi - bodyX[b]!;
            const by = yi - bodyY[b]!;
            const b2 = bx * bx + by * by;
            if (b2 > 0) {
              const factor = (mi * bodyMass[b]!) / b2;
              fx += bx * factor;
              fy += by * factor;
            }
          }
          continue;
        }
        for (let q = 3; q >= 0; q--) {
          const cc = child[c * 4 + q]!;
          if (cc >= 0) stack[top++] = cc;
        }
      }
      dx[i]! += fx;
      dy[i]! += fy;
    }
  }

  private attract(): void {
    const { x, y, linkSource, linkTarget, linkWeight } = this.input;
    const { dx, dy } = this;
    const linLog = this.settings.linLog;
    for (let e = 0; e < linkSource.length; e++) {
      const s = linkSource[e]!;
      const t = linkTarget[e]!;
      const xd = x[s]! - x[t]!;
      const yd = y[s]! - y[t]!;
      let factor = -linkWeight[e]!;
      if (linLog) {
        const d = Math.sqrt(xd * xd + yd * yd);
        if (d === 0) continue;
        factor = (factor * Math.log(1 + d)) / d;
      }
      dx[s]! += xd * factor;
      dy[s]! += yd * factor;
      dx[t]! -= xd * factor;
      dy[t]! -= yd * factor;
    }
  }

  private gravitate(): void {
    const { x, y, mass } = this.input;
    const { dx, dy, order } = this;
    const g = this.settings.gravity;
    const strong = this.settings.strongGravity;
    for (let i = 0; i < order; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      const d = Math.sqrt(xi * xi + yi * yi);
      if (d === 0) continue;
      // graphology: coefficient * mass * (gravity / coefficient), over d unless strong.
      const factor = strong ? mass[i]! * g : (mass[i]! * g) / d;
      dx[i]! -= xi * factor;
      dy[i]! -= yi * factor;
    }
  }

  /** Adaptive per-node speed (swinging vs traction), then the stopping measure. */
  private move(): number {
    const { x, y, mass } = this.input;
    const { dx, dy, oldDx, oldDy, convergence, order, slowDown } = this;
    let travelled = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < order; i++) {
      const fx = dx[i]!;
      const fy = dy[i]!;
      const sx = oldDx[i]! - fx;
      const sy = oldDy[i]! - fy;
      const swinging = mass[i]! * Math.sqrt(sx * sx + sy * sy);
      const tx = oldDx[i]! + fx;
      const ty = oldDy[i]! + fy;
      const traction = Math.sqrt(tx * tx + ty * ty) / 2;
      const damping = 1 + Math.sqrt(swinging);
      const speed = (convergence[i]! * Math.log(1 + traction)) / damping;
      const force2 = fx * fx + fy * fy;
      convergence[i] = Math.min(1, Math.sqrt((speed * force2) / damping));
      const stepX = (fx * speed) / slowDown;
      const stepY = (fy * speed) / slowDown;
      x[i]! += stepX;
      y[i]! += stepY;
      travelled += Math.sqrt(stepX * stepX + stepY * stepY);
      cx += x[i]!;
      cy += y[i]!;
    }
    cx /= order;
    cy /= order;
    let spread = 0;
    for (let i = 0; i < order; i++) spread += (x[i]! - cx) ** 2 + (y[i]! - cy) ** 2;
    const radius = Math.sqrt(spread / order) || 1;
    return travelled / order / radius;
  }
}
