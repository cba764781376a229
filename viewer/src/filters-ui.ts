import { ENTITY_TYPES, MODALITIES, RELATION_TYPES, type EntityType, type Modality, type RelationType } from "../../src/types.ts";
import { sortedDates } from "./dates.ts";
import { byId, el } from "./dom.ts";
import type { ViewerGraph } from "./graph-data.ts";
import { ENTITY_COLORS, MODALITY_ALPHA, RELATION_COLORS, withAlpha } from "./palette.ts";
import { DEFAULT_VIEW_STATE, type Store, type ViewState } from "./state.ts";

/**
 * The filter sidebar, which is also the legend: each entity and relation type with its
 * colour and how many the graph holds. Controls write to the store and are redrawn from
 * it, so a state read from the URL shows up in the controls too.
 */
export class FiltersUi {
  private readonly dates: string[];
  private readonly boxes = new Map<string, HTMLInputElement>();
  private readonly article = byId<HTMLSelectElement>("filter-article");
  private readonly dateFrom = byId<HTMLInputElement>("filter-date-from");
  private readonly dateTo = byId<HTMLInputElement>("filter-date-to");
  private readonly dateLabel = byId("filter-date-label");
  /** One bar per date on the timeline: how much evidence carries that date. */
  private readonly bars: HTMLElement[] = [];
  private readonly minEvidence = byId<HTMLInputElement>("filter-min-evidence");
  private readonly minEvidenceValue = byId<HTMLOutputElement>("filter-min-evidence-value");

  constructor(
    graph: ViewerGraph,
    private readonly store: Store,
  ) {
    const entityCounts = new Map<string, number>();
    const relationCounts = new Map<string, number>();
    const modalityCounts = new Map<string, number>();
    const dates: string[] = [];
    let maxEvidence = 1;
    graph.forEachNode((_, a) => {
      entityCounts.set(a.type, (entityCounts.get(a.type) ?? 0) + 1);
      if (a.firstSeen) dates.push(a.firstSeen);
      if (a.lastSeen) dates.push(a.lastSeen);
    });
    graph.forEachEdge((_, a) => {
      relationCounts.set(a.type, (relationCounts.get(a.type) ?? 0) + 1);
      modalityCounts.set(a.modality, (modalityCounts.get(a.modality) ?? 0) + 1);
      maxEvidence = Math.max(maxEvidence, a.evidence.length);
      for (const e of a.evidence) {
        const date = e.date ?? e.articleDate;
        if (date) dates.push(date);
      }
    });
    this.dates = sortedDates(dates);
    this.drawTimeline(graph);

    this.checklist("filter-entity-types", "entityTypes", ENTITY_TYPES, entityCounts, (type) => swatch(ENTITY_COLORS[type as EntityType], "dot"));
    this.checklist("filter-relation-types", "relationTypes", RELATION_TYPES, relationCounts, (type) => swatch(RELATION_COLORS[type as RelationType], "line"));
    this.checklist("filter-modalities", "modalities", MODALITIES, modalityCounts, (m) => swatch(withAlpha("#374151", MODALITY_ALPHA[m as Modality]), m === "asserted" ? "line" : "dash"));
    byId("relations-all").addEventListener("click", () => store.update({ relationTypes: new Set(RELATION_TYPES) }));
    byId("relations-none").addEventListener("click", () => store.update({ relationTypes: new Set() }));

    const articles = graph.getAttribute("articles") ?? {};
    const ids = new Set<string>(Object.keys(articles));
    graph.forEachNode((_, a) => a.articles.forEach((id) => ids.add(id)));
    this.article.replaceChildren(
      el("option", { text: `All articles (${ids.size})`, attrs: { value: "" } }),
      ...[...ids].sort().map((id) => el("option", { text: [id, articles[id]?.date, shorten(articles[id]?.title)].filter(Boolean).join(" · "), attrs: { value: id } })),
    );
    this.article.addEventListener("change", () => store.update({ article: this.article.value || null }));

    const last = Math.max(0, this.dates.length - 1);
    this.dateFrom.parentElement!.hidden = this.dates.length < 2;
    for (const input of [this.dateFrom, this.dateTo]) {
      input.max = String(last);
      input.disabled = this.dates.length < 2;
      input.addEventListener("input", () => this.datesMoved(input));
    }
    this.minEvidence.max = String(maxEvidence);
    this.minEvidence.disabled = maxEvidence < 2;
    this.minEvidence.addEventListener("input", () => store.update({ minEvidence: Number(this.minEvidence.value) }));
    byId("filters-reset").addEventListener("click", () =>
      store.update({
        entityTypes: DEFAULT_VIEW_STATE.entityTypes,
        relationTypes: DEFAULT_VIEW_STATE.relationTypes,
        modalities: DEFAULT_VIEW_STATE.modalities,
        article: null,
        dateFrom: null,
        dateTo: null,
        minEvidence: 1,
      }),
    );
    this.render(store.state);
  }

  render(state: ViewState): void {
    for (const [id, box] of this.boxes) {
      const [field, value] = id.split(":") as [keyof ViewState, string];
      box.checked = (state[field] as ReadonlySet<string>).has(value);
    }
    this.article.value = state.article ?? "";
    const last = this.dates.length - 1;
    const from = state.dateFrom === null ? 0 : Math.max(0, this.dates.findIndex((d) => d >= state.dateFrom!));
    const toIndex = state.dateTo === null ? last : this.dates.findLastIndex((d) => d <= state.dateTo!);
    this.dateFrom.value = String(from);
    this.dateTo.value = String(toIndex < 0 ? last : toIndex);
    this.bars.forEach((bar, i) => bar.classList.toggle("out", i < from || i > (toIndex < 0 ? last : toIndex)));
    this.dateLabel.textContent =
      this.dates.length === 0
        ? "No dates in this graph"
        : this.dates.length === 1
          ? `Every date is ${this.dates[0]}`
          : `${state.dateFrom ?? this.dates[0]} → ${state.dateTo ?? this.dates[last]}`;
    this.minEvidence.value = String(state.minEvidence);
    this.minEvidenceValue.textContent = String(state.minEvidence);
  }

  private drawTimeline(graph: ViewerGraph): void {
    const counts = new Map<string, number>();
    graph.forEachEdge((_, a) => {
      for (const e of a.evidence) {
        const date = e.date ?? e.articleDate;
        if (date) counts.set(date, (counts.get(date) ?? 0) + 1);
      }
    });
    const most = Math.max(1, ...counts.values());
    // One date is no timeline: the label says it.
    if (this.dates.length < 2) return;
    for (const date of this.dates) {
      const count = counts.get(date) ?? 0;
      const bar = el("span", { class: "bar", title: `${date}: ${count} piece(s) of evidence` });
      bar.style.setProperty("--bar-height", `${Math.max(4, (count / most) * 100)}%`);
      this.bars.push(bar);
    }
    byId("timeline-bars").replaceChildren(...this.bars);
  }

  private datesMoved(moved: HTMLInputElement): void {
    let from = Number(this.dateFrom.value);
    let to = Number(this.dateTo.value);
    if (from > to) {
      // The handles may not cross: the one being dragged pushes the other.
      if (moved === this.dateFrom) to = from;
      else from = to;
    }
    const last = this.dates.length - 1;
    this.store.update({ dateFrom: from === 0 ? null : this.dates[from]!, dateTo: to === last ? null : this.dates[to]! });
  }

  private checklist(
    listId: string,
    field: "entityTypes" | "relationTypes" | "modalities",
    values: readonly string[],
    counts: Map<string, number>,
    marker: (value: string) => HTMLElement,
  ): void {
    const items = values
      .filter((value) => field === "entityTypes" || field === "modalities" || counts.has(value))
      .map((value) => {
        const box = el("input", { attrs: { type: "checkbox", value, "data-filter": field } });
        box.addEventListener("change", () => {
          const next = new Set(this.store.state[field] as ReadonlySet<string>);
          if (box.checked) next.add(value);
          else next.delete(value);
          this.store.update({ [field]: next } as Partial<ViewState>);
        });
        this.boxes.set(`${field}:${value}`, box);
        return el("li", {}, [
          el("label", {}, [box, marker(value), el("span", { class: "name", text: value }), el("span", { class: "count", text: String(counts.get(value) ?? 0) })]),
        ]);
      });
    byId(listId).replaceChildren(...items);
  }
}

function shorten(text: string | undefined, length = 60): string | undefined {
  return text && text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function swatch(color: string, shape: "dot" | "line" | "dash"): HTMLElement {
  const mark = el("span", { class: `swatch ${shape}` });
  mark.style.setProperty("--swatch-color", color);
  return mark;
}
