import type { EdgeAttributes, EdgeEvidence, RelationType } from "../../src/types.ts";
import { el } from "./dom.ts";
import type { ViewerGraph } from "./graph-data.ts";
import { highlightNames } from "./highlight.ts";
import { ENTITY_COLORS, FALLBACK_COLOR, RELATION_COLORS } from "./palette.ts";
import type { FoundPath } from "./paths.ts";
import type { Visibility } from "./visibility.ts";

export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  /** Show only what this article says. */
  filterArticle(id: string): void;
}

/** Evidence shown under each relation before "show all". */
const EVIDENCE_PREVIEW = 2;

/** The side panel: one entity, one relation, or a list of paths. */
export class Panel {
  constructor(
    private readonly root: HTMLElement,
    private readonly body: HTMLElement,
    private readonly graph: ViewerGraph,
    private readonly actions: PanelActions,
  ) {}

  hide(): void {
    this.root.hidden = true;
    this.body.replaceChildren();
  }

  showNode(key: string, visibility: Visibility): void {
    const a = this.graph.getNodeAttributes(key);
    const names = this.names(key);
    const groups = new Map<RelationType, string[]>();
    this.graph.forEachEdge(key, (edge, attributes) => {
      if (!visibility.edges.has(edge)) return;
      const list = groups.get(attributes.type) ?? [];
      list.push(edge);
      groups.set(attributes.type, list);
    });
    const hiddenCount = this.graph.degree(key) - [...groups.values()].reduce((n, list) => n + list.length, 0);

    const sections: HTMLElement[] = [];
    for (const [type, edges] of [...groups].sort((x, y) => x[0].localeCompare(y[0]))) {
      sections.push(
        el("section", { class: "relation-group", attrs: { "data-relation": type } }, [
          el("h3", {}, [relationBadge(type), ` ${edges.length}`]),
          el(
            "ul",
            { class: "relations" },
            edges.map((edge) => this.relationItem(key, edge, names)),
          ),
        ]),
      );
    }

    this.open([
      el("p", { class: "kicker" }, [typeBadge(a.type)]),
      el("h2", { class: "entity-name", text: a.label }),
      a.aliases.filter((alias) => alias !== a.label).length > 0
        ? el("p", { class: "aliases" }, [el("span", { class: "muted", text: "also: " }), a.aliases.filter((x) => x !== a.label).join(" · ")])
        : null,
      el("dl", { class: "facts" }, [
        el("dt", { text: "mentions" }),
        el("dd", { text: String(a.mentions) }),
        el("dt", { text: "articles" }),
        el("dd", {}, a.articles.length > 0 ? a.articles.map((id) => this.articleChip(id)) : ["—"]),
        a.firstSeen ? el("dt", { text: "seen" }) : null,
        a.firstSeen ? el("dd", { text: a.firstSeen === a.lastSeen || !a.lastSeen ? a.firstSeen : `${a.firstSeen} → ${a.lastSeen}` }) : null,
      ]),
      sections.length > 0 ? el("div", { class: "relation-groups" }, sections) : el("p", { class: "empty", text: "No relation passes the current filters." }),
      hiddenCount > 0 ? el("p", { class: "hint", text: `${hiddenCount} more relation(s) hidden by the filters.` }) : null,
    ]);
  }

  showEdge(key: string): void {
    const a = this.graph.getEdgeAttributes(key);
    const [source, target] = this.graph.extremities(key);
    const names = [...this.names(source), ...this.names(target)];
    this.open([
      el("p", { class: "kicker" }, [relationBadge(a.type), " ", modalityBadge(a.modality)]),
      el("h2", { class: "relation-title" }, [
        this.nodeLink(source),
        el("span", { class: "arrow", text: a.symmetric ? " ↔ " : " → " }),
        this.nodeLink(target),
      ]),
      el("dl", { class: "facts" }, [
        ...fact("when", a.firstDate ? (a.firstDate === a.lastDate || !a.lastDate ? a.firstDate : `${a.firstDate} → ${a.lastDate}`) : undefined),
        ...fact("modalities", a.modalities.join(", ")),
        ...fact("items", a.items?.join(", ")),
        ...fact("role", a.titles ? `${a.titles.join(", ")}${a.former ? " (former)" : ""}` : undefined),
        ...fact("where", a.places?.map((id) => this.labelOf(id)).join(", ")),
        ...fact("according to", a.attributions?.map((id) => this.labelOf(id)).join(", ")),
        ...fact("confidence", a.confidence.toFixed(2)),
      ]),
      el("h3", { text: `Evidence (${a.evidence.length})` }),
      el(
        "ol",
        { class: "evidence-list" },
        a.evidence.map((evidence) => this.evidenceItem(evidence, names, true)),
      ),
    ]);
  }

  showPaths(from: string, to: string, paths: FoundPath[]): void {
    const title = el("h2", { class: "relation-title" }, [this.nodeLink(from), el("span", { class: "arrow", text: " ⇄ " }), this.nodeLink(to)]);
    if (paths.length === 0) {
      this.open([el("p", { class: "kicker", text: "Paths" }), title, el("p", { class: "empty", text: "No path joins them through what the filters show." })]);
      return;
    }
    const hops = paths[0]!.nodes.length - 1;
    this.open([
      el("p", { class: "kicker", text: `Shortest paths · ${hops} step${hops === 1 ? "" : "s"}` }),
      title,
      el(
        "ol",
        { class: "paths" },
        paths.map((path) =>
          el("li", { class: "path" }, [
            el(
              "ol",
              { class: "path-steps" },
              path.steps.map((edges, i) => this.pathStep(path.nodes[i]!, path.nodes[i + 1]!, edges)),
            ),
          ]),
        ),
      ),
    ]);
  }

  private pathStep(a: string, b: string, edges: string[]): HTMLElement {
    const names = [...this.names(a), ...this.names(b)];
    return el("li", { class: "path-step" }, [
      el("div", { class: "step-head" }, [this.nodeLink(a), el("span", { class: "arrow", text: " — " }), this.nodeLink(b)]),
      el(
        "ul",
        { class: "relations" },
        edges.map((edge) => {
          const attributes = this.graph.getEdgeAttributes(edge);
          const [source] = this.graph.extremities(edge);
          return el("li", { class: "relation" }, [
            this.edgeLink(edge, attributes, attributes.symmetric ? "↔" : source === a ? "→" : "←"),
            attributes.evidence[0] ? this.evidenceItem(attributes.evidence[0], names, false) : null,
          ]);
        }),
      ),
    ]);
  }

  private relationItem(node: string, edge: string, names: string[]): HTMLElement {
    const a = this.graph.getEdgeAttributes(edge);
    const [source, target] = this.graph.extremities(edge);
    const other = source === node ? target : source;
    const direction = a.symmetric ? "↔" : source === node ? "→" : "←";
    const allNames = [...names, ...this.names(other)];
    const shown = a.evidence.slice(0, EVIDENCE_PREVIEW);
    return el("li", { class: "relation", attrs: { "data-edge": edge } }, [
      el("div", { class: "relation-head" }, [
        el("span", { class: "arrow", text: `${direction} ` }),
        this.nodeLink(other),
        " ",
        modalityBadge(a.modality),
        a.firstDate ? el("span", { class: "date", text: a.firstDate }) : null,
        el("button", { class: "link evidence-count", text: `${a.evidence.length} evidence`, title: "Show every piece of evidence", attrs: { type: "button" } }),
      ]),
      el(
        "ul",
        { class: "evidence-list compact" },
        shown.map((evidence) => this.evidenceItem(evidence, allNames, false)),
      ),
    ]);
  }

  private evidenceItem(evidence: EdgeEvidence, names: string[], full: boolean): HTMLElement {
    const date = evidence.date ?? evidence.articleDate;
    return el("li", { class: "evidence" }, [
      el("blockquote", {}, [highlightNames(evidence.sentence, names)]),
      el("p", { class: "source" }, [
        this.articleChip(evidence.article),
        date ? el("span", { class: "date", text: date }) : null,
        modalityBadge(evidence.modality),
        full && evidence.cue ? el("span", { class: "muted", text: `cue “${evidence.cue}”` }) : null,
        full && evidence.rule ? el("span", { class: "muted", text: evidence.rule }) : null,
        full && evidence.attribution ? el("span", { class: "muted", text: `according to ${this.labelOf(evidence.attribution)}` }) : null,
      ]),
    ]);
  }

  private open(children: Array<HTMLElement | null>): void {
    this.body.replaceChildren(...children.filter((child): child is HTMLElement => child !== null));
    this.root.hidden = false;
    this.body.scrollTop = 0;
    // Links and buttons carry what they open in data attributes; one listener serves all.
    this.body.onclick = (event) => {
      const target = (event.target as HTMLElement).closest<HTMLElement>("[data-node], [data-edge], [data-article]");
      if (!target) return;
      if (target.dataset.article) this.actions.filterArticle(target.dataset.article);
      else if (target.dataset.node) this.actions.selectNode(target.dataset.node);
      else if (target.dataset.edge && (event.target as HTMLElement).closest(".evidence-count, .edge-link")) this.actions.selectEdge(target.dataset.edge);
    };
  }

  private nodeLink(key: string): HTMLElement {
    const a = this.graph.getNodeAttributes(key);
    const link = el("button", { class: "link node-link", text: a.label, attrs: { type: "button", "data-node": key } });
    link.style.setProperty("--type-color", ENTITY_COLORS[a.type]);
    return link;
  }

  private edgeLink(edge: string, a: EdgeAttributes, direction: string): HTMLElement {
    return el("button", { class: "link edge-link", attrs: { type: "button", "data-edge": edge } }, [`${direction} `, relationBadge(a.type), " ", modalityBadge(a.modality)]);
  }

  private names(key: string): string[] {
    const a = this.graph.getNodeAttributes(key);
    return [a.label, ...a.aliases];
  }

  private labelOf(key: string): string {
    return this.graph.hasNode(key) ? this.graph.getNodeAttribute(key, "label") : key;
  }

  /** The article id, with its date, title and source on hover; a click shows only that article. */
  private articleChip(id: string): HTMLElement {
    const article = this.graph.getAttribute("articles")?.[id];
    const copies = article?.copies?.length ? `also published as ${article.copies.join(", ")}` : undefined;
    const details = [article?.title, article?.date, article?.source, copies, "(click: show only this article)"].filter(Boolean).join("\n");
    return el("button", { class: "article", text: id, title: details, attrs: { type: "button", "data-article": id } });
  }
}

function fact(term: string, value: string | undefined): HTMLElement[] {
  return value ? [el("dt", { text: term }), el("dd", { text: value })] : [];
}

function typeBadge(type: string): HTMLElement {
  const badge = el("span", { class: "badge type-badge", text: type });
  badge.style.setProperty("--badge-color", ENTITY_COLORS[type as keyof typeof ENTITY_COLORS] ?? FALLBACK_COLOR);
  return badge;
}

function relationBadge(type: RelationType): HTMLElement {
  const badge = el("span", { class: "badge relation-badge", text: type });
  badge.style.setProperty("--badge-color", RELATION_COLORS[type] ?? FALLBACK_COLOR);
  return badge;
}

function modalityBadge(modality: string): HTMLElement {
  return el("span", { class: `modality modality-${modality}`, text: modality });
}
