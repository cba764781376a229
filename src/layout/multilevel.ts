import type { ForceGraph } from "./arrays.ts";
import { coarsen, type Coarsening } from "./coarsen.ts";
import { runForceAtlas2, type ForceAtlas2Run } from "./forceatlas2.ts";
import { hashString } from "./seed.ts";
import type { LayoutSettings } from "./settings.ts";

/** What the multilevel run did at each level, finest last. */
export interface MultilevelRun extends ForceAtlas2Run {
  levels: Array<{ nodes: number; iterations: number; milliseconds: number }>;
}

/**
 * Coarsens until the graph stops shrinking, lays out the coarsest graph from its start
 * positions, then repeatedly places each node at its group's position (plus a small
 * deterministic offset) and refines with ForceAtlas2. Positions are written to `graph`.
 */
export function runMultilevel(graph: ForceGraph, settings: LayoutSettings): MultilevelRun {
  const steps: Coarsening[] = [];
  let current = graph;
  while (settings.coarsestSize > 0 && current.x.length > settings.coarsestSize) {
    const step = coarsen(current);
    if (step.coarse.x.length > current.x.length * 0.85) break;
    steps.push(step);
    current = step.coarse;
  }

  const levels: MultilevelRun["levels"] = [];
  let started = performance.now();
  let run = runForceAtlas2(current, settings, settings.maxIterations);
  levels.push({ nodes: current.x.length, iterations: run.iterations, milliseconds: performance.now() - started });
  for (let level = steps.length - 1; level >= 0; level--) {
    const fine = level === 0 ? graph : steps[level - 1]!.coarse;
    started = performance.now();
    prolong(steps[level]!, fine);
    run = runForceAtlas2(fine, settings, level === 0 ? settings.maxIterations : settings.levelIterations);
    levels.push({ nodes: fine.x.length, iterations: run.iterations, milliseconds: performance.now() - started });
  }
  return { ...run, iterations: levels.reduce((sum, l) => sum + l.iterations, 0), levels };
}

/**
 * Puts each fine node on its group's position, spread around it by a hashed angle at a
 * radius a fraction of the coarse graph's typical link length, so group members start
 * apart (coincident nodes would feel no repulsion from each other).
 */
function prolong(step: Coarsening, fine: ForceGraph): void {
  const { coarse, parent } = step;
  const spread = 0.2 * typicalLinkLength(coarse);
  for (let i = 0; i < fine.x.length; i++) {
    const g = parent[i]!;
    const angle = (hashString(String(i)) / 0x1_0000_0000) * 2 * Math.PI;
    const radius = spread * (0.5 + hashString(String(i), 0x9747b28c) / 0x2_0000_0000);
    fine.x[i] = coarse.x[g]! + radius * Math.cos(angle);
    fine.y[i] = coarse.y[g]! + radius * Math.sin(angle);
  }
}

/** Median link length, or the layout's RMS radius over √n when there are no links. */
function typicalLinkLength(graph: ForceGraph): number {
  const { x, y, linkSource, linkTarget } = graph;
  if (linkSource.length === 0) {
    let spread = 0;
    for (let i = 0; i < x.length; i++) spread += x[i]! * x[i]! + y[i]! * y[i]!;
    return Math.sqrt(spread / Math.max(1, x.length)) / Math.sqrt(Math.max(1, x.length)) || 1;
  }
  const lengths = new Float64Array(linkSource.length);
  for (let e = 0; e < linkSource.length; e++) {
    lengths[e] = Math.hypot(x[linkSource[e]!]! - x[linkTarget[e]!]!, y[linkSource[e]!]! - y[linkTarget[e]!]!);
  }
  lengths.sort();
  return lengths[lengths.length >> 1]! || 1;
}
