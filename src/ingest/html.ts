import { type AnyNode, type Document, type Element, hasChildren, isTag, isText } from "domhandler";
import { DomUtils, parseDocument } from "htmlparser2";

// The main text of an HTML page. For HTML, Article.text is this extracted text (not the
// markup), and every offset downstream indexes it. The page's <article> (else <main>, else
// role=main, else <body>; the one with the most text when there are several) is read.
// Scripts, styles, navigation, headers (but their <h1>), footers, asides, forms, hidden elements and
// elements whose role, class or id marks them as furniture (share bars, related links, ads)
// are dropped. Block elements become paragraph breaks, <br> a line break, and runs of white
// space one space, as a browser would show them.

export interface HtmlArticle {
  text: string;
  title?: string;
  date?: string;
  url?: string;
  outlet?: string;
}

const DROPPED = new Set([
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button",
  "select", "textarea", "input", "iframe", "svg", "canvas", "video", "audio", "object", "embed",
  "figure", "menu", "dialog", "head", "title", "meta", "link",
]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "caption", "hr", "address",
  "figcaption", "details", "summary", "center", "body",
]);
const DATE_META = [
  "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
  "dc.date.issued", "dc.date", "parsely-pub-date", "sailthru.date",
];

export function extractHtml(html: string): HtmlArticle {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const root = mainElement(document);
  const out = new TextBuilder();
  const context = { rootLength: visibleLength(root) };
  collect(root, out, false, context);
  const result: HtmlArticle = { text: out.finish() };
  const linked = linkedData(document);
  const title =
    meta(document, "og:title") ??
    linked.headline ??
    textOf(DomUtils.findOne(named("title"), document.children)) ??
    textOf(DomUtils.findOne(named("h1"), document.children));
  if (title !== undefined) result.title = title;
  const date = [...DATE_META.map((key) => meta(document, key)), linked.datePublished, timeDatetime(root, document)]
    .map(isoDate)
    .find((d) => d !== undefined);
  if (date !== undefined) result.date = date;
  const canonical = DomUtils.findOne((e) => e.name === "link" && (e.attribs.rel ?? "").toLowerCase() === "canonical", document.children);
  const url = canonical?.attribs.href ?? meta(document, "og:url");
  if (url !== undefined && url !== "") result.url = url;
  const outlet = meta(document, "og:site_name");
  if (outlet !== undefined) result.outlet = outlet;
  return result;
}

/**
 * schema.org JSON-LD (<script type="application/ld+json">), where news sites put the
 * headline and publication date: the first of each found, in @graph and arrays too.
 */
function linkedData(document: Document): { headline?: string; datePublished?: string } {
  const found: { headline?: string; datePublished?: string } = {};
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.headline === "string" && found.headline === undefined) found.headline = record.headline.trim();
    if (typeof record.datePublished === "string" && found.datePublished === undefined) found.datePublished = record.datePublished;
    for (const child of Object.values(record)) visit(child, depth + 1);
  };
  const scripts = DomUtils.findAll((e) => e.name === "script" && (e.attribs.type ?? "").toLowerCase() === "application/ld+json", document.children);
  for (const script of scripts) {
    try {
      visit(JSON.parse(DomUtils.textContent(script)), 0);
    } catch {
      // a malformed block is the page's problem, not the article's: the other sources remain
    }
  }
  return found;
}

function named(name: string): (e: Element) => boolean {
  return (e) => e.name === name;
}

/**
 * The element holding the article. Pages often wrap teasers of other stories in <article>
 * too, so among several candidates the one with the most text wins.
 */
function mainElement(document: Document): Document | Element {
  const tests = [named("article"), named("main"), (e: Element) => (e.attribs.role ?? "").toLowerCase() === "main", named("body")];
  for (const test of tests) {
    const candidates = DomUtils.findAll(test, document.children);
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) return candidates.reduce((best, e) => (visibleLength(e) > visibleLength(best) ? e : best));
  }
  return document;
}

function visibleLength(node: AnyNode): number {
  if (isText(node)) return node.data.trim().length;
  if (isTag(node) && (DROPPED.has(node.name) || isHidden(node))) return 0;
  return hasChildren(node) ? node.children.reduce((n, child) => n + visibleLength(child), 0) : 0;
}

function meta(document: Document, key: string): string | undefined {
  const element = DomUtils.findOne(
    (e) => e.name === "meta" && [e.attribs.property, e.attribs.name, e.attribs.itemprop].some((v) => v?.toLowerCase() === key),
    document.children,
  );
  const content = element?.attribs.content?.trim();
  return content === undefined || content === "" ? undefined : content;
}

function timeDatetime(root: Document | Element, document: Document): string | undefined {
  const inRoot = DomUtils.findOne((e) => e.name === "time" && e.attribs.datetime !== undefined, root.children);
  const anywhere = inRoot ?? DomUtils.findOne((e) => e.name === "time" && e.attribs.datetime !== undefined, document.children);
  return anywhere?.attribs.datetime;
}

function isoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^\s*(\d{4}-\d{2}(?:-\d{2})?)/.exec(value);
  return match === null ? undefined : match[1];
}

function textOf(element: Element | null): string | undefined {
  if (element === null) return undefined;
  const text = DomUtils.textContent(element).replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}

function isHidden(element: Element): boolean {
  const a = element.attribs;
  return a.hidden !== undefined || a["aria-hidden"] === "true" || /display\s*:\s*none/i.test(a.style ?? "");
}

const FURNITURE_ROLES = new Set(["navigation", "banner", "complementary", "contentinfo", "dialog", "search", "menu"]);
/** Class or id words of page furniture: share bars, related links, ads, comments, cookie banners. */
const FURNITURE_NAME =
  /(?:^|[\s_-])(related|share|sharing|social|newsletter|cookies?|banner|adv|ads|advert|advertising|promo|comments?|breadcrumbs?|tags|sidebar|widget|sponsor|sponsored|correlati|condividi|subscribe|paywall|popup|modal|outbrain|taboola)(?=$|[\s_-])/i;

/**
 * An element inside the article that is furniture by its role, class or id. Class names
 * are a hint, not proof ("main with-ads"), so an element holding half the text or more stays.
 */
function isFurniture(element: Element, rootLength: number): boolean {
  if (FURNITURE_ROLES.has((element.attribs.role ?? "").toLowerCase())) return true;
  const names = `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`;
  return FURNITURE_NAME.test(names) && visibleLength(element) < rootLength / 2;
}

function collect(node: AnyNode | Document, out: TextBuilder, pre: boolean, context: { rootLength: number }): void {
  if (isText(node)) {
    out.text(node.data, pre);
    return;
  }
  if (!hasChildren(node)) return;
  if (isTag(node)) {
    if (node.name === "header") {
      // an article's header holds its headline (kept: it names the story's actors) among
      // bylines and share buttons (dropped)
      for (const heading of DomUtils.findAll(named("h1"), node.children)) collect(heading, out, pre, context);
      return;
    }
    if (DROPPED.has(node.name) || isHidden(node) || isFurniture(node, context.rootLength)) return;
    if (node.name === "br") {
      out.lineBreak();
      return;
    }
    const block = BLOCKS.has(node.name);
    if (block) out.paragraphBreak();
    for (const child of node.children) collect(child, out, pre || node.name === "pre", context);
    if (block) out.paragraphBreak();
    return;
  }
  for (const child of node.children) collect(child, out, pre, context);
}

/** Builds the visible text: collapses spaces, keeps at most one blank line between blocks. */
class TextBuilder {
  private parts: string[] = [];
  /** 0 = in a line, 1 = after a line break, 2 = after a paragraph break, -1 = at the start. */
  private pendingBreak = -1;
  private spacePending = false;

  text(data: string, pre: boolean): void {
    // soft hyphens are line-breaking hints for the browser, not text
    data = data.replaceAll("\u00ad", "");
    if (!pre) {
      this.inline(data.replace(/[ \t\n\r\f]+/g, " "));
      return;
    }
    data.split("\n").forEach((line, n) => {
      if (n > 0) this.lineBreak();
      this.inline(line);
    });
  }

  private inline(piece: string): void {
    let s = piece;
    if (this.pendingBreak !== 0) s = s.replace(/^ +/, "");
    if (s === "") return;
    if (s.startsWith(" ")) {
      this.spacePending = true;
      s = s.slice(1);
      if (s === "") return;
    }
    if (this.pendingBreak === 2) this.parts.push("\n\n");
    else if (this.pendingBreak === 1) this.parts.push("\n");
    else if (this.spacePending && this.pendingBreak === 0) this.parts.push(" ");
    this.spacePending = s.endsWith(" ");
    this.parts.push(this.spacePending ? s.slice(0, -1) : s);
    this.pendingBreak = 0;
  }

  lineBreak(): void {
    if (this.pendingBreak === 0) this.pendingBreak = 1;
    this.spacePending = false;
  }

  paragraphBreak(): void {
    if (this.pendingBreak >= 0) this.pendingBreak = 2;
    this.spacePending = false;
  }

  finish(): string {
    return this.parts.join("");
  }
}
