import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2LayoutExport from "graphology-layout-forceatlas2/worker.js";
import type { ViewerGraph } from "./graph-data.ts";

// The package is CommonJS: the bundler hands over the class itself, while TypeScript
// (NodeNext, like the rest of trama) sees it under `default`.
const FA2Layout = ((FA2LayoutExport as unknown as { default?: unknown }).default ?? FA2LayoutExport) as typeof FA2LayoutExport.default;
type FA2Layout = InstanceType<typeof FA2Layout>;

/**
 * ForceAtlas2 in a web worker, off until asked: the build's positions come first so
 * the picture on load is the one trama build computed.
 */
export class LayoutControl {
  private layout: FA2Layout | null = null;

  constructor(
    private readonly graph: ViewerGraph,
    private readonly button: HTMLButtonElement,
  ) {
    button.addEventListener("click", () => this.toggle());
    this.render();
  }

  get running(): boolean {
    return this.layout?.isRunning() ?? false;
  }

  toggle(): void {
    if (this.running) this.layout!.stop();
    else {
      this.layout ??= new FA2Layout(this.graph, {
        settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: false, slowDown: 5 },
      });
      this.layout.start();
    }
    this.render();
  }

  private render(): void {
    this.button.textContent = this.running ? "Stop layout" : "Run layout";
    this.button.setAttribute("aria-pressed", String(this.running));
    this.button.classList.toggle("active", this.running);
  }
}
