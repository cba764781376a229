import { createRequire } from "node:module";
import type { CorpusGraph } from "../src/graph/corpus-graph.ts";
import { toLayoutInput, type LayoutInput } from "../src/layout/arrays.ts";
import { runForceAtlas2 } from "../src/layout/forceatlas2.ts";
import { resolveLayoutSettings, type LayoutSettings } from "../src/layout/index.ts";
import { runMultilevel } from "../src/layout/multilevel.ts";
import { layoutQuality, type LayoutQuality } from "../src/layout/quality.ts";
import { timed, type Timing } from "./measure.ts";

// The package is CommonJS whose types declare an ES default export: require it as it is.
const forceAtlas2 = createRequire(import.meta.url)("graphology-layout-forceatlas2") as typeof import("graphology-layout-forceatlas2").default;

// Our layout next to stock graphology-layout-forceatlas2 on the same graph, from the
// same start positions, with the same ForceAtlas2 settings:
// - kernel: both single-level for the same iterations (cost per iteration);
// - equal quality: ours (multilevel, stopping rule) against stock run in steps until
//   its stress is as low as ours (within 1%), or a CPU-time cap; neighbourhood
//   preservation is reported for both.

export interface LayoutComparison {
  nodes: number;
  links: number;
  ours: Timing & { iterations: number; levels: number; quality: LayoutQuality };
  kernel: { iterations: number; oursSeconds: number; stockSeconds: number };
  stock?: Timing & { iterations: number; quality: LayoutQuality; reached: boolean };
}

export interface CompareOptions {
  kernelIterations: number;
  /** Give up chasing our quality after this much stock CPU time. */
  stockCapSeconds: number;
  /** Stock iterations between quality checks. */
  stockStep: number;
  qualitySamples: number;
}

export async function compareLayouts(graph: CorpusGraph, options: CompareOptions): Promise<LayoutComparison> {
  const settings = resolveLayoutSettings();
  const ours = toLayoutInput(graph, settings.weightByEvidence);
  const oursRun = await timed(() => runMultilevel(ours, settings));
  const oursQuality = layoutQuality(ours, options.qualitySamples);

  const kernelInput = toLayoutInput(graph, settings.weightByEvidence);
  const kernelOurs = await timed(() => runForceAtlas2(kernelInput, { ...settings, stopBelow: 0 }, options.kernelIterations));
  placeAtStart(graph, toLayoutInput(graph, settings.weightByEvidence));
  const kernelStock = await timed(() => runStock(graph, settings, options.kernelIterations));

  const comparison: LayoutComparison = {
    nodes: ours.keys.length,
    links: ours.linkSource.length,
    ours: { wallSeconds: oursRun.wallSeconds, cpuSeconds: oursRun.cpuSeconds, iterations: oursRun.result.iterations, levels: oursRun.result.levels.length, quality: oursQuality },
    kernel: { iterations: options.kernelIterations, oursSeconds: kernelOurs.cpuSeconds, stockSeconds: kernelStock.cpuSeconds },
  };
  if (options.stockCapSeconds <= 0) return comparison;

  const start = toLayoutInput(graph, settings.weightByEvidence);
  placeAtStart(graph, start);
  let wall = 0;
  let cpu = 0;
  let iterations = 0;
  let quality = layoutQuality(start, options.qualitySamples);
  let reached = false;
  while (cpu < options.stockCapSeconds) {
    const step = await timed(() => runStock(graph, settings, options.stockStep));
    wall += step.wallSeconds;
    cpu += step.cpuSeconds;
    iterations += options.stockStep;
    quality = layoutQuality(positionsOf(graph, start), options.qualitySamples);
    if (quality.stress <= oursQuality.stress * 1.01) {
      reached = true;
      break;
    }
  }
  comparison.stock = { wallSeconds: wall, cpuSeconds: cpu, iterations, quality, reached };
  return comparison;
}

function runStock(graph: CorpusGraph, settings: LayoutSettings, iterations: number): void {
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: settings.weightByEvidence ? (_edge: string, attributes: { evidence?: unknown }) => evidenceWeight(attributes.evidence) : null,
    settings: {
      barnesHutOptimize: graph.order >= settings.barnesHutFrom,
      barnesHutTheta: settings.barnesHutTheta,
      scalingRatio: settings.scalingRatio,
      gravity: settings.gravity,
      strongGravityMode: settings.strongGravity,
      linLogMode: settings.linLog,
      slowDown: 1 + Math.log(Math.max(graph.order, 1)),
    },
  });
}

function evidenceWeight(evidence: unknown): number {
  return Array.isArray(evidence) && evidence.length > 0 ? 1 + Math.log(evidence.length) : 1;
}

function placeAtStart(graph: CorpusGraph, input: LayoutInput): void {
  input.keys.forEach((key, i) => graph.mergeNodeAttributes(key, { x: input.x[i]!, y: input.y[i]! }));
}

function positionsOf(graph: CorpusGraph, input: LayoutInput): LayoutInput {
  return {
    ...input,
    x: Float64Array.from(input.keys, (key) => graph.getNodeAttribute(key, "x")),
    y: Float64Array.from(input.keys, (key) => graph.getNodeAttribute(key, "y")),
  };
}
