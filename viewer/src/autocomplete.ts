import { el } from "./dom.ts";
import { ENTITY_COLORS } from "./palette.ts";
import type { SearchHit, SearchIndex } from "./search-index.ts";

/**
 * An input with a suggestion list (ARIA combobox): type, move with the arrow keys,
 * Enter or click to choose, Escape to close.
 */
export class Autocomplete {
  private hits: SearchHit[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly index: SearchIndex,
    private readonly onChoose: (hit: SearchHit) => void,
  ) {
    input.addEventListener("input", () => this.refresh());
    input.addEventListener("focus", () => this.refresh());
    input.addEventListener("keydown", (event) => this.key(event));
    // The delay lets a click on a suggestion land first; by then the user may have come
    // back to the box ("/" and typing at once), and then the list must stay open.
    input.addEventListener("blur", () => setTimeout(() => document.activeElement !== input && this.close(), 150));
  }

  /** Shows a chosen entity's name without searching again. */
  show(label: string): void {
    this.input.value = label;
    this.close();
  }

  private refresh(): void {
    this.hits = this.index.search(this.input.value);
    this.active = this.hits.length > 0 ? 0 : -1;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.hits.map((hit, i) => {
        const option = el("li", { attrs: { role: "option", id: `${this.list.id}-${i}`, "aria-selected": String(i === this.active) } }, [
          el("span", { class: "swatch", attrs: { "data-type": hit.type } }),
          el("span", { class: "suggestion-label", text: hit.label }),
          hit.via ? el("span", { class: "suggestion-via", text: `“${hit.via}”` }) : null,
          el("span", { class: "suggestion-type", text: hit.type }),
        ]);
        (option.firstChild as HTMLElement).style.setProperty("--swatch-color", ENTITY_COLORS[hit.type]);
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          this.choose(i);
        });
        return option;
      }),
    );
    if (this.input.value.trim() !== "" && this.hits.length === 0) {
      this.list.append(el("li", { class: "suggestion-empty", text: "No entity by that name" }));
    }
    const open = this.list.childElementCount > 0;
    this.list.hidden = !open;
    this.input.setAttribute("aria-expanded", String(open));
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  private key(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = (this.active + step + this.hits.length) % this.hits.length;
      this.render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (this.hits.length === 0) this.refresh();
      if (this.active >= 0) this.choose(this.active);
    } else if (event.key === "Escape") {
      this.close();
      this.input.blur();
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.show(hit.label);
    this.onChoose(hit);
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
  }
}
