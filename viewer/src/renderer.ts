import EdgeCurveProgram, { EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
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

/** Big graphs get lighter drawing while the camera moves. */
const LARGE_GRAPH_EDGES = 5000;

export function createRenderer(graph: ViewerGraph, container: HTMLElement, getEmphasis: () => Emphasis): Sigma<NodeAttributes, EdgeAttributes> {
  const nodeSize = sizeScale(graph);
  // Several relation types between the same two entities are drawn as a fan of curves.
  indexParallelEdgesIndex(graph as never, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  const large = graph.size > LARGE_GRAPH_EDGES;
  const small = graph.order < 300;

  const nodeReducer = (key: string, a: NodeAttributes): Partial<NodeDisplayData> => {
    const e = getEmphasis();
    const base: Partial<NodeDisplayData> = { x: a.x, y: a.y, size: nodeSize(a), label: a.label, color: ENTITY_COLORS[a.type] ?? FALLBACK_COLOR, type: "circle" };
    if (!e.visibility.nodes.has(key)) return { ...base, hidden: true };
    const spotlight = e.pathNodes ?? e.focus;
    if (spotlight) {
      if (!spotlight.has(key)) return { ...base, color: DIMMED_NODE_COLOR, label: null, zIndex: 0 };
      return { ...base, forceLabel: true, zIndex: 2, highlighted: key === e.selectedNode || (e.pathNodes?.has(key) ?? false) };
    }
    return { ...base, zIndex: 1 };
  };

  const edgeReducer = (key: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
    const e = getEmphasis();
    const parallel = a as EdgeAttributes & { parallelIndex?: number; parallelMinIndex?: number; parallelMaxIndex?: number };
    // With edges both ways the middle one (index 0) stays straight; otherwise all curve.
    const curved =
      typeof parallel.parallelIndex === "number" && (typeof parallel.parallelMinIndex !== "number" || parallel.parallelIndex !== 0);
    const type = curved ? (a.symmetric ? "curve" : "curvedArrow") : a.symmetric ? "straight" : "arrow";
    const count = e.visibility.edges.get(key);
    const base: Partial<EdgeDisplayData> & { curvature?: number } = {
      type,
      size: count === undefined ? 1 : 1 + Math.log2(count) * 0.9,
      color: withAlpha(RELATION_COLORS[a.type] ?? FALLBACK_COLOR, MODALITY_ALPHA[a.modality] ?? 1),
      ...(curved ? { curvature: curvature(parallel.parallelIndex!, parallel.parallelMaxIndex ?? 1) } : {}),
    };
    if (count === undefined) return { ...base, hidden: true };
    if (e.pathEdges) {
      return e.pathEdges.has(key) ? { ...base, color: PATH_COLOR, size: (base.size ?? 1) + 2, zIndex: 2 } : { ...base, color: DIMMED_EDGE_COLOR, zIndex: 0 };
    }
    if (key === e.selectedEdge) return { ...base, size: (base.size ?? 1) + 2.5, zIndex: 3 };
    if (e.focus) {
      const [source, target] = graph.extremities(key);
      if (!e.focus.has(source) || !e.focus.has(target)) return { ...base, color: DIMMED_EDGE_COLOR, zIndex: 0 };
      return { ...base, zIndex: 2 };
    }
    return base;
  };

  return new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    nodeReducer,
    edgeReducer,
    zIndex: true,
    defaultEdgeType: "straight",
    edgeProgramClasses: {
      straight: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curve: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
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
