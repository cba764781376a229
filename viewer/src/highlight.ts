import { el } from "./dom.ts";

/**
 * The sentence as text nodes with every occurrence of the given names wrapped in <mark>
 * (longest name first, case-insensitive). Built from text nodes only.
 */
export function highlightNames(sentence: string, names: string[]): HTMLElement {
  const wanted = [...new Set(names.filter((name) => name.trim().length > 1))].sort((a, b) => b.length - a.length);
  const lower = sentence.toLocaleLowerCase("it");
  const ranges: Array<[number, number]> = [];
  for (const name of wanted) {
    const needle = name.toLocaleLowerCase("it");
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(sentence[at - 1]!);
      const wordEnd = end === sentence.length || !/[\p{L}\p{N}]/u.test(sentence[end]!);
      if (wordStart && wordEnd && !ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = el("span", { class: "sentence" });
  let cursor = 0;
  for (const [start, end] of ranges) {
    out.append(sentence.slice(cursor, start), el("mark", { text: sentence.slice(start, end) }));
    cursor = end;
  }
  out.append(sentence.slice(cursor));
  return out;
}
