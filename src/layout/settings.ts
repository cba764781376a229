import { SettingsError } from "../errors.ts";

/** How `layoutGraph` places nodes. Forces follow ForceAtlas2 (Jacomy et al. 2014). */
export interface LayoutSettings {
  /** Upper bound on ForceAtlas2 iterations; the stopping rule usually ends the run earlier. */
  maxIterations: number;
  /**
   * Stop when the mean displacement per node in one iteration, relative to the layout's
   * radius, falls below this. 0 runs every iteration of `maxIterations`.
   */
  stopBelow: number;
  /** Iterations at each intermediate level of the multilevel layout (stopping rule applies). */
  levelIterations: number;
  /** Coarsen until the graph has at most this many nodes; 0 turns multilevel off. */
  coarsestSize: number;
  /** Node count from which repulsion uses a Barnes–Hut quadtree instead of all pairs. */
  barnesHutFrom: number;
  /** Barnes–Hut opening angle as graphology defines it (a cell of width w is one body when 2w/d < θ): larger is faster and coarser. */
  barnesHutTheta: number;
  /** Repulsion strength (ForceAtlas2 "scaling"). */
  scalingRatio: number;
  /** Pull towards the centre, so disconnected components stay on screen. */
  gravity: number;
  /** Gravity grows with distance from the centre (ForceAtlas2 "strong gravity"). */
  strongGravity: boolean;
  /** LinLog attraction: tighter clusters, more space between them. */
  linLog: boolean;
  /** Edges with more evidence pull harder: weight 1 + ln(evidence count). */
  weightByEvidence: boolean;
}

export const DEFAULT_LAYOUT_SETTINGS: LayoutSettings = {
  maxIterations: 500,
  stopBelow: 0.001,
  levelIterations: 50,
  coarsestSize: 100,
  barnesHutFrom: 500,
  barnesHutTheta: 1.6,
  scalingRatio: 10,
  gravity: 0.05,
  strongGravity: true,
  linLog: false,
  weightByEvidence: true,
};

export function resolveLayoutSettings(partial: Partial<LayoutSettings> = {}): LayoutSettings {
  const settings = { ...DEFAULT_LAYOUT_SETTINGS };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  }
  validateLayoutSettings(settings);
  return settings;
}

export function validateLayoutSettings(settings: LayoutSettings): void {
  if (!Number.isInteger(settings.maxIterations) || settings.maxIterations < 1) {
    throw new SettingsError("layout.maxIterations", `is ${settings.maxIterations}`, "use a whole number ≥ 1, e.g. 500");
  }
  nonNegative("layout.stopBelow", settings.stopBelow, "use 0 to always run maxIterations, or e.g. 0.0005");
  if (!Number.isInteger(settings.levelIterations) || settings.levelIterations < 0) {
    throw new SettingsError("layout.levelIterations", `is ${settings.levelIterations}`, "use a whole number ≥ 0, e.g. 100");
  }
  nonNegative("layout.coarsestSize", settings.coarsestSize, "use 0 for a single-level layout, or a node count, e.g. 100");
  nonNegative("layout.barnesHutFrom", settings.barnesHutFrom, "use a node count, e.g. 2000");
  positive("layout.barnesHutTheta", settings.barnesHutTheta, "use a value around 0.5–1.5");
  positive("layout.scalingRatio", settings.scalingRatio, "use a positive value, e.g. 10");
  nonNegative("layout.gravity", settings.gravity, "use 0 for none or a small value, e.g. 0.05");
}

function nonNegative(name: string, value: number, fix: string): void {
  if (!Number.isFinite(value) || value < 0) throw new SettingsError(name, `is ${value}`, fix);
}

function positive(name: string, value: number, fix: string): void {
  if (!Number.isFinite(value) || value <= 0) throw new SettingsError(name, `is ${value}`, fix);
}
