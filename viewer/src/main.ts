import { Autocomplete } from "./autocomplete.ts";
import { byId } from "./dom.ts";
import { computeEmphasis, neighbourhood } from "./emphasis.ts";
import { exportGexf, exportPng } from "./export.ts";
import { FiltersUi } from "./filters-ui.ts";
import { fetchGraph, GraphLoadError, type ViewerGraph } from "./graph-data.ts";
import { bindKeys } from "./keyboard.ts";
import { LayoutControl } from "./layout-control.ts";
import { Panel } from "./panel.ts";
import { createRenderer, isLargeGraph, type Emphasis } from "./renderer.ts";
import { SearchIndex } from "./search-index.ts";
import { filtersChanged, fromHash, Store, toHash, type ViewState } from "./state.ts";
import { computeVisibility } from "./visibility.ts";

type PageState = "loading" | "ready" | "empty" | "error";

const stageMessage = byId("stage-message");

/** The page's state for people (the message) and for tests (data-state on <body>). */
function setPageState(state: PageState, message = ""): void {
  document.body.dataset.state = state;
  stageMessage.replaceChildren(message);
  stageMessage.hidden = message === "";
}

async function main(): Promise<void> {
  setPageState("loading", "Loading graph…");
  let graph: ViewerGraph;
  try {
    graph = await timed("load graph.json", () => fetchGraph());
  } catch (err) {
    const message = err instanceof GraphLoadError ? `${err.title}\n${err.fix}` : `trama: the viewer failed to start (${String(err)}).`;
    setPageState("error", message);
    return;
  }
  if (graph.order === 0) {
    setPageState("empty", "This graph has no entities: trama build found none in its input.");
    return;
  }
  start(graph);
}

function start(graph: ViewerGraph): void {
  const name = graph.getAttribute("name");
  byId("graph-name").textContent = `${name ?? ""} · ${graph.order} entities · ${graph.size} relations`;
  const articles = graph.getAttribute("articles") ?? {};
  const known = {
    hasNode: (key: string) => graph.hasNode(key),
    hasEdge: (key: string) => graph.hasEdge(key),
    hasArticle: (id: string) => Object.hasOwn(articles, id) || graph.someNode((_, a) => a.articles.includes(id)),
  };
  const store = new Store(fromHash(location.hash, known));
  let visibility = timed("filters", () => computeVisibility(graph, store.state));
  let view = computeEmphasis(graph, store.state, visibility);
  let emphasis: Emphasis = view.emphasis;

  const container = byId("sigma-container");
  const renderer = timed("sigma", () => createRenderer(graph, container, () => emphasis));
  const filters = timed("sidebar", () => new FiltersUi(graph, store));
  const layout = new LayoutControl(graph, byId<HTMLButtonElement>("layout-toggle"));
  const select = (key: string) => store.update({ selectedNode: key, selectedEdge: null, pathFrom: null, pathTo: null });
  const selectEdge = (key: string) => store.update({ selectedEdge: key, pathFrom: null, pathTo: null });
  const panel = new Panel(byId("panel"), byId("panel-body"), graph, {
    selectNode: select,
    selectEdge,
    filterArticle: (id) => store.update({ article: id }),
  });

  const index = timed("search index", () => new SearchIndex(graph));
  const searchInput = byId<HTMLInputElement>("search-input");
  const search = new Autocomplete(searchInput, byId<HTMLUListElement>("search-results"), index, (hit) => select(hit.key));
  searchInput.disabled = false;
  const pathBar = byId("path-bar");
  const pathFrom = new Autocomplete(byId("path-from"), byId<HTMLUListElement>("path-from-results"), index, (hit) => store.update({ pathFrom: hit.key }));
  const pathTo = new Autocomplete(byId("path-to"), byId<HTMLUListElement>("path-to-results"), index, (hit) => store.update({ pathTo: hit.key }));

  const centreOn = (key: string) => {
    const shown = renderer.getNodeDisplayData(key);
    if (!shown) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
  };

  /** The entities two emphases light up, and every relation that touches them. */
  const touched = (a: Emphasis, b: Emphasis) => {
    const nodes = new Set<string>();
    for (const e of [a, b]) for (const key of e.pathNodes ?? e.focus ?? []) nodes.add(key);
    const edges = new Set<string>();
    for (const node of nodes) graph.forEachEdge(node, (edge) => void edges.add(edge));
    return { nodes: [...nodes], edges: [...edges] };
  };

  /** Frames a set of entities: centre of their box, zoomed so all of it shows. */
  const frame = (keys: Iterable<string>) => {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const key of keys) {
      const shown = renderer.getNodeDisplayData(key);
      if (!shown) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, shown.x), Math.min(minY, shown.y), Math.max(maxX, shown.x), Math.max(maxY, shown.y)];
    }
    if (minX === Infinity) return;
    const ratio = Math.min(1, Math.max(0.35, Math.max(maxX - minX, maxY - minY) * 2.5));
    void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  };

  const showPanel = (state: ViewState) => {
    if (state.pathFrom && state.pathTo && view.paths) panel.showPaths(state.pathFrom, state.pathTo, view.paths);
    else if (state.selectedEdge) panel.showEdge(state.selectedEdge);
    else if (state.selectedNode) panel.showNode(state.selectedNode, visibility);
    else panel.hide();
  };

  const showCounts = () => {
    const text = `${visibility.nodes.size} of ${graph.order} entities · ${visibility.edges.size} of ${graph.size} relations shown`;
    byId("counts").textContent = text;
    if (visibility.nodes.size === 0) setPageState("ready", "No entity passes these filters. Loosen them or press “Reset filters”.");
    else setPageState("ready");
  };

  const large = isLargeGraph(graph);
  store.subscribe((state, previous) => {
    const filtering = filtersChanged(state, previous);
    if (filtering) visibility = computeVisibility(graph, state);
    const before = emphasis;
    view = computeEmphasis(graph, state, visibility);
    emphasis = view.emphasis;
    previewing = false;
    // On a big graph a new selection only changes the old and new neighbourhoods.
    if (large && !filtering) renderer.refresh({ partialGraph: touched(before, emphasis), skipIndexation: true });
    else renderer.refresh({ skipIndexation: true });
    filters.render(state);
    showPanel(state);
    showCounts();
    const hash = toHash(state);
    if (hash !== location.hash) history.replaceState(null, "", hash || `${location.pathname}${location.search}`);
    if (state.selectedNode && state.selectedNode !== previous.selectedNode) {
      search.show(graph.getNodeAttribute(state.selectedNode, "label"));
      centreOn(state.selectedNode);
    }
    if (!state.selectedNode && previous.selectedNode) searchInput.value = "";
    if (state.hops !== previous.hops) syncHops(state.hops);
    if (emphasis.pathNodes && (state.pathFrom !== previous.pathFrom || state.pathTo !== previous.pathTo)) frame(emphasis.pathNodes);
  });

  // The stage narrows when the panel opens; sigma itself only watches the window.
  new ResizeObserver(() => renderer.scheduleRefresh()).observe(container);

  window.addEventListener("hashchange", () => {
    if (location.hash !== toHash(store.state)) store.update(fromHash(location.hash, known));
  });

  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("clickStage", () => {
    if (store.state.selectedNode || store.state.selectedEdge) store.update({ selectedNode: null, selectedEdge: null });
  });
  // Hovering previews a neighbourhood when nothing is selected; on big graphs the
  // refresh it costs would make the pointer lag, so it is left out there.
  const previewHover = graph.size <= 5000;
  let previewing = false;
  renderer.on("enterNode", ({ node }) => {
    container.classList.add("pointing");
    const { selectedNode, selectedEdge, pathFrom, pathTo } = store.state;
    if (!previewHover || selectedNode || selectedEdge || (pathFrom && pathTo) || !visibility.nodes.has(node)) return;
    emphasis = { ...view.emphasis, focus: neighbourhood(graph, visibility, node, 1) };
    previewing = true;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("leaveNode", () => {
    container.classList.remove("pointing");
    if (!previewing) return;
    emphasis = view.emphasis;
    previewing = false;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on("enterEdge", () => container.classList.add("pointing"));
  renderer.on("leaveEdge", () => container.classList.remove("pointing"));

  const hopInputs = [...document.querySelectorAll<HTMLInputElement>("input[name=hops]")];
  const syncHops = (hops: number) => hopInputs.forEach((input) => (input.checked = input.value === String(hops)));
  hopInputs.forEach((input) => input.addEventListener("change", () => store.update({ hops: input.value === "2" ? 2 : 1 })));
  syncHops(store.state.hops);

  const togglePathBar = (open = pathBar.hidden) => {
    pathBar.hidden = !open;
    byId("path-toggle").setAttribute("aria-pressed", String(open));
    if (open) byId<HTMLInputElement>("path-from").focus();
  };
  byId("path-toggle").addEventListener("click", () => togglePathBar());
  byId("path-find").addEventListener("click", () => {
    const { pathFrom: a, pathTo: b } = store.state;
    if (a && b) store.update({ pathFrom: a, pathTo: b });
  });
  byId("path-clear").addEventListener("click", () => {
    byId<HTMLInputElement>("path-from").value = "";
    byId<HTMLInputElement>("path-to").value = "";
    store.update({ pathFrom: null, pathTo: null });
  });
  if (store.state.pathFrom || store.state.pathTo) {
    togglePathBar(true);
    if (store.state.pathFrom) pathFrom.show(graph.getNodeAttribute(store.state.pathFrom, "label"));
    if (store.state.pathTo) pathTo.show(graph.getNodeAttribute(store.state.pathTo, "label"));
  }

  const fileName = (name ?? "trama").replace(/[^\w.-]+/g, "_");
  byId("fit-button").addEventListener("click", () => void renderer.getCamera().animatedReset({ duration: 300 }));
  byId("export-png").addEventListener("click", () => void exportPng(renderer, fileName));
  byId("export-gexf").addEventListener("click", () => exportGexf(graph, visibility, store.state, fileName));
  byId("panel-close").addEventListener("click", () => store.update({ selectedNode: null, selectedEdge: null, pathFrom: null, pathTo: null }));

  const camera = renderer.getCamera();
  bindKeys({
    escape: () => store.update({ selectedNode: null, selectedEdge: null, pathFrom: null, pathTo: null }),
    search: () => searchInput.focus(),
    zoomIn: () => void camera.animatedZoom({ duration: 200 }),
    zoomOut: () => void camera.animatedUnzoom({ duration: 200 }),
    fit: () => void camera.animatedReset({ duration: 300 }),
    toggleLayout: () => layout.toggle(),
    togglePathFinder: () => togglePathBar(),
  });

  showPanel(store.state);
  showCounts();
  if (store.state.selectedNode) {
    search.show(graph.getNodeAttribute(store.state.selectedNode, "label"));
    centreOn(store.state.selectedNode);
  }
  performance.mark("viewer ready");
  // A handle for the end-to-end tests and the bench: they read state, never change the app through it.
  (window as unknown as { trama: object }).trama = { graph, renderer, store, layout };
}

/** Start-up phases as performance measures, which the viewer bench prints. */
function timed<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  if (result instanceof Promise) void result.finally(() => performance.measure(name, { start: started }));
  else performance.measure(name, { start: started });
  return result;
}

void main();
