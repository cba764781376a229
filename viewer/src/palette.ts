import { ENTITY_COLORS as SHARED_ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS as SHARED_RELATION_COLORS } from "../../src/style/palette.ts";
import type { EntityType, Modality, RelationType } from "../../src/types.ts";

// Type colours come from the shared palette, so the viewer matches GEXF and Neo4j; the
// rest (modality fading, dimming) is the viewer's own.

export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = SHARED_ENTITY_COLORS;
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = SHARED_RELATION_COLORS;
export { FALLBACK_COLOR };

/** How strongly an edge is drawn: what the text only plans, guesses or denies is fainter. */
export const MODALITY_ALPHA: Record<Modality, number> = {
  asserted: 1,
  planned: 0.55,
  possible: 0.4,
  negated: 0.22,
};

export const DIMMED_NODE_COLOR = "#d9dde3";
export const DIMMED_EDGE_COLOR = "#eceef1";
export const PATH_COLOR = "#111827";

export function withAlpha(hex: string, alpha: number): string {
  if (alpha >= 1) return hex;
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}
