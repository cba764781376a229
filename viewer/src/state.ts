import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, type EntityType, type Modality, type RelationType } from "../../src/types.ts";

/** Everything the user chose: filters, selection, path. The URL carries all of it. */
export interface ViewState {
  entityTypes: ReadonlySet<EntityType>;
  relationTypes: ReadonlySet<RelationType>;
  modalities: ReadonlySet<Modality>;
  /** Only what this article says. */
  article: string | null;
  /** Inclusive ISO bounds (any precision); null = open. */
  dateFrom: string | null;
  dateTo: string | null;
  minEvidence: number;
  selectedNode: string | null;
  selectedEdge: string | null;
  hops: 1 | 2;
  pathFrom: string | null;
  pathTo: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  entityTypes: new Set(ENTITY_TYPES),
  relationTypes: new Set(RELATION_TYPES),
  modalities: new Set(MODALITIES),
  article: null,
  dateFrom: null,
  dateTo: null,
  minEvidence: 1,
  selectedNode: null,
  selectedEdge: null,
  hops: 1,
  pathFrom: null,
  pathTo: null,
};

const FILTER_KEYS = ["entityTypes", "relationTypes", "modalities", "article", "dateFrom", "dateTo", "minEvidence"] as const;

type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private listeners: Listener[] = [];
  constructor(private current: ViewState) {}

  get state(): ViewState {
    return this.current;
  }

  update(change: Partial<ViewState>): void {
    const previous = this.current;
    this.current = { ...previous, ...change };
    for (const listener of this.listeners) listener(this.current, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}

export function filtersChanged(a: ViewState, b: ViewState): boolean {
  return FILTER_KEYS.some((key) => a[key] !== b[key]);
}

// ── URL: the hash holds only what differs from the defaults, so a shared link is short.

export function toHash(state: ViewState): string {
  const params = new URLSearchParams();
  const sets: Array<[string, ReadonlySet<string>, readonly string[]]> = [
    ["types", state.entityTypes, ENTITY_TYPES],
    ["rels", state.relationTypes, RELATION_TYPES],
    ["modality", state.modalities, MODALITIES],
  ];
  for (const [name, chosen, all] of sets) {
    if (chosen.size !== all.length) params.set(name, all.filter((x) => chosen.has(x)).join(",") || "none");
  }
  if (state.article) params.set("article", state.article);
  if (state.dateFrom) params.set("from", state.dateFrom);
  if (state.dateTo) params.set("to", state.dateTo);
  if (state.minEvidence > 1) params.set("minEvidence", String(state.minEvidence));
  if (state.selectedNode) params.set("node", state.selectedNode);
  if (state.selectedEdge) params.set("edge", state.selectedEdge);
  if (state.hops !== 1) params.set("hops", String(state.hops));
  if (state.pathFrom) params.set("pathFrom", state.pathFrom);
  if (state.pathTo) params.set("pathTo", state.pathTo);
  const text = params.toString();
  return text ? `#${text}` : "";
}

/** Reads a hash back; anything unknown (a type, a node the graph lacks) is dropped. */
export function fromHash(hash: string, known: { hasNode(key: string): boolean; hasEdge(key: string): boolean; hasArticle(id: string): boolean }): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const pick = <T extends string>(name: string, all: readonly T[], fallback: ReadonlySet<T>): ReadonlySet<T> => {
    const value = params.get(name);
    if (value === null) return fallback;
    return new Set(value.split(",").filter((x): x is T => (all as readonly string[]).includes(x)));
  };
  const node = (name: string) => {
    const value = params.get(name);
    return value !== null && known.hasNode(value) ? value : null;
  };
  const date = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : null;
  };
  const article = params.get("article");
  const edge = params.get("edge");
  const minEvidence = Number(params.get("minEvidence") ?? "1");
  return {
    entityTypes: pick("types", ENTITY_TYPES, DEFAULT_VIEW_STATE.entityTypes),
    relationTypes: pick("rels", RELATION_TYPES, DEFAULT_VIEW_STATE.relationTypes),
    modalities: pick("modality", MODALITIES, DEFAULT_VIEW_STATE.modalities),
    article: article !== null && known.hasArticle(article) ? article : null,
    dateFrom: date("from"),
    dateTo: date("to"),
    minEvidence: Number.isInteger(minEvidence) && minEvidence > 1 ? minEvidence : 1,
    selectedNode: node("node"),
    selectedEdge: edge !== null && known.hasEdge(edge) ? edge : null,
    hops: params.get("hops") === "2" ? 2 : 1,
    pathFrom: node("pathFrom"),
    pathTo: node("pathTo"),
  };
}
