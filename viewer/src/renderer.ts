import EdgeCurveProgram, { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";
import { EdgeDashedArrowProgram, EdgeDashedProgram } from "./dashed-edges.ts";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, NodeAttributes } from "../../src/types.ts";
import type { ViewerGraph } from "./graph-data.ts";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, ENTITY_COLORS, FALLBACK_COLOR, MODALITY_ALPHA, PATH_COLOR, RELATION_COLORS, withAlpha } from "./palette.ts";
import type { Visibility } from "./visibility.ts";

/** What the reducers read. Replaced as a whole when the user acts; never computed per frame. */
export interface Emphasis {
  visibility: Visibility;
  /** Selected entity and its neighbourhood, or null. */
  focus: Set<string> | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  pathNodes: Set<string> | null;
  pathEdges: Set<string> | null;
}

/**
 * Big graphs get lighter drawing while the camera moves, and a selection there does not
 * grey out the rest: then only the selected neighbourhood changes, and sigma can redraw
 * just that part instead of every item.
 */
const LARGE_GRAPH_EDGES = 5000;

export function isLargeGraph(graph: ViewerGraph): boolean {
  return graph.size > LARGE_GRAPH_EDGES;
}

export function createRenderer(graph: ViewerGraph, container: HTMLElement, getEmphasis: () => Emphasis): Sigma<NodeAttributes, EdgeAttributes> {
  const nodeSize = sizeScale(graph);
  // Several relation types between the same two entities are drawn as a fan of curves.
  indexParallelEdgesIndex(graph as never, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  const large = isLargeGraph(graph);
  const dimOthers = !large;
  const small = graph.order < 300;

  // What never changes is worked out once, so the reducers below only look things up:
  // they run for every node and edge each time the user acts.
  const nodeStyle = new Map<string, { size: number; color: string }>();
  graph.forEachNode((key, a) => nodeStyle.set(key, { size: nodeSize(a), color: ENTITY_COLORS[a.type] ?? FALLBACK_COLOR }));
  const edgeStyle = new Map<string, EdgeStyle>();
  graph.forEachEdge((key, a, source, target) => edgeStyle.set(key, styleEdge(a, source, target)));

  const nodeReducer = (key: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const e = getEmphasis();
    const style = nodeStyle.get(key)!;
    if (!e.visibility.nodes.has(key)) return { x: a.x, y: a.y, size: style.size, color: style.color, type: "circle", label: null, hidden: true };
    const spotlight = e.pathNodes ?? e.focus;
    if (spotlight && !spotlight.has(key)) {
      if (dimOthers) return { x: a.x, y: a.y, size: style.size, color: DIMMED_NODE_COLOR, type: "circle", label: null, zIndex: 0 };
      return { x: a.x, y: a.y, size: style.size, color: style.color, type: "circle", label: a.label, zIndex: 1 };
    }
    return {
      x: a.x,
      y: a.y,
      size: style.size,
      color: style.color,
      type: "circle",
      label: a.label,
      zIndex: spotlight ? 2 : 1,
      forceLabel: spotlight !== null,
      highlighted: key === e.selectedNode || (e.pathNodes?.has(key) ?? false),
    };
  };

  const edgeReducer = (key: string): Partial<EdgeDisplayData> => {
    const e = getEmphasis();
    const style = edgeStyle.get(key)!;
    const count = e.visibility.edges.get(key);
    if (count === undefined) return { type: style.type, hidden: true };
    const size = 1.5 + Math.log2(count) * 0.9;
    let color = style.color;
    let zIndex = 1;
    let width = size;
    if (e.pathEdges) {
      const onPath = e.pathEdges.has(key);
      if (onPath) [color, zIndex, width] = [PATH_COLOR, 2, size + 2];
      else if (dimOthers) [color, zIndex] = [DIMMED_EDGE_COLOR, 0];
    } else if (key === e.selectedEdge) {
      [zIndex, width] = [3, size + 2.5];
    } else if (e.focus) {
      const inside = e.focus.has(style.source) && e.focus.has(style.target);
      if (inside) [zIndex, width] = [2, dimOthers ? size : size + 1.5];
      else if (dimOthers) [color, zIndex] = [DIMMED_EDGE_COLOR, 0];
    }
    return { type: style.type, color, size: width, zIndex, curvature: style.curvature } as Partial<EdgeDisplayData>;
  };

  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    // Sorting 100k items by depth on every refresh costs more than it shows on a big graph.
    zIndex: !large,
    defaultEdgeType: "straight",
    edgeProgramClasses: {
      straight: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curve: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
      dashed: EdgeDashedProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
      dashedArrow: EdgeDashedArrowProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes>,
    },
    renderEdgeLabels: false,
    enableEdgeEvents: !large,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    labelFont: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1f2937" },
    // Labels take turns on a grid so a dense cluster does not turn into a smear of text.
    labelDensity: small ? 1 : 0.35,
    labelGridCellSize: small ? 60 : 140,
    labelRenderedSizeThreshold: small ? 4 : 9,
    minCameraRatio: 0.02,
    maxCameraRatio: 12,
    stagePadding: 40,
  });
}

interface EdgeStyle {
  type: "straight" | "arrow" | "curve" | "curvedArrow" | "dashed" | "dashedArrow";
  color: string;
  curvature: number;
  source: string;
  target: string;
}

function styleEdge(a: EdgeAttributes, source: string, target: string): EdgeStyle {
  const parallel = a as EdgeAttributes & { parallelIndex?: number | null; parallelMinIndex?: number | null; parallelMaxIndex?: number | null };
  // With edges both ways the middle one (index 0) stays straight; otherwise all curve.
  const curved = typeof parallel.parallelIndex === "number" && (typeof parallel.parallelMinIndex !== "number" || parallel.parallelIndex !== 0);
  return {
    // What the text does not assert is dashed (straight edges) and fainter (all edges).
    type: curved ? (a.symmetric ? "curve" : "curvedArrow") : a.modality !== "asserted" ? (a.symmetric ? "dashed" : "dashedArrow") : a.symmetric ? "straight" : "arrow",
    color: withAlpha(RELATION_COLORS[a.type] ?? FALLBACK_COLOR, MODALITY_ALPHA[a.modality] ?? 1),
    curvature: curved ? curvature(parallel.parallelIndex!, parallel.parallelMaxIndex ?? 1) : 0,
    source,
    target,
  };
}

/** Node sizes in pixels: the square root of the build's size (area ∝ weight), in a fixed range. */
function sizeScale(graph: ViewerGraph): (a: NodeAttributes) => number {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_, a) => {
    const v = Math.sqrt(weight(a));
    if (v < min) min = v;
    if (v > max) max = v;
  });
  const [low, high] = graph.order > 5000 ? [1.5, 10] : [4, 20];
  const span = max - min;
  return (a) => (span > 0 ? low + ((Math.sqrt(weight(a)) - min) / span) * (high - low) : (low + high) / 2);
}

function weight(a: NodeAttributes): number {
  return Number.isFinite(a.size) && a.size > 0 ? a.size : Math.max(1, a.mentions);
}

/** The curvature of the i-th of several parallel edges (sigma's parallel-edges recipe). */
function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE;
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}
