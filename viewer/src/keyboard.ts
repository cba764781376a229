/** What each key does; Escape also works while typing, the others only outside inputs. */
export interface KeyActions {
  escape(): void;
  search(): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  toggleLayout(): void;
  togglePathFinder(): void;
}

export function bindKeys(actions: KeyActions): void {
  const keys: Record<string, () => void> = {
    "/": actions.search,
    "+": actions.zoomIn,
    "=": actions.zoomIn,
    "-": actions.zoomOut,
    "0": actions.fit,
    l: actions.toggleLayout,
    p: actions.togglePathFinder,
  };
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") return actions.escape();
    const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement;
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = keys[event.key.toLowerCase()];
    if (action) {
      event.preventDefault();
      action();
    }
  });
}
