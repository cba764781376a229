import iterate from "graphology-layout-forceatlas2/iterate.js";
import { PPN, type LayoutArrays } from "./arrays.ts";
import type { LayoutSettings } from "./settings.ts";

export interface ForceAtlas2Run {
  iterations: number;
  /** Mean displacement per node in the last iteration, relative to the layout radius. */
  lastDisplacement: number;
  stoppedEarly: boolean;
  barnesHut: boolean;
}

/** Runs ForceAtlas2 on `arrays` in place until the stopping rule or the iteration budget. */
export function runForceAtlas2(arrays: LayoutArrays, settings: LayoutSettings): ForceAtlas2Run {
  const { nodes, edges } = arrays;
  const order = nodes.length / PPN;
  const barnesHut = order >= settings.barnesHutFrom;
  const options = {
    linLogMode: settings.linLog,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: settings.scalingRatio,
    strongGravityMode: settings.strongGravity,
    gravity: settings.gravity,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: barnesHut,
    barnesHutTheta: settings.barnesHutTheta,
  };
  const previous = new Float64Array(order * 2);
  let lastDisplacement = Infinity;
  let iterations = 0;
  while (iterations < settings.maxIterations && order > 1) {
    for (let i = 0; i < order; i++) {
      previous[2 * i] = nodes[i * PPN]!;
      previous[2 * i + 1] = nodes[i * PPN + 1]!;
    }
    iterate(options, nodes, edges);
    iterations++;
    lastDisplacement = relativeDisplacement(nodes, previous, order);
    if (lastDisplacement < settings.stopBelow) break;
  }
  return {
    iterations,
    lastDisplacement: order > 1 ? lastDisplacement : 0,
    stoppedEarly: iterations < settings.maxIterations,
    barnesHut,
  };
}

/** Mean step length divided by the root-mean-square distance from the centroid. */
function relativeDisplacement(nodes: Float32Array, previous: Float64Array, order: number): number {
  let step = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < order; i++) {
    const x = nodes[i * PPN]!;
    const y = nodes[i * PPN + 1]!;
    step += Math.hypot(x - previous[2 * i]!, y - previous[2 * i + 1]!);
    cx += x;
    cy += y;
  }
  cx /= order;
  cy /= order;
  let spread = 0;
  for (let i = 0; i < order; i++) {
    spread += (nodes[i * PPN]! - cx) ** 2 + (nodes[i * PPN + 1]! - cy) ** 2;
  }
  const radius = Math.sqrt(spread / order) || 1;
  return step / order / radius;
}
