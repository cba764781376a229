// Turns a request target into the file it may name, or says why it may not. The raw
// path is split and each segment decoded on its own, so "%2e%2e", "%2f" and "\" can
// never climb out of a root: a segment that is empty, a dot name, or holds a separator
// or NUL is refused outright rather than normalised into something else.

export type Route =
  | { kind: "viewer"; segments: string[] }
  | { kind: "data"; name: string }
  | { kind: "bad"; status: 400 | 404; reason: string };

export function routeRequest(target: string): Route {
  if (!target.startsWith("/")) return { kind: "bad", status: 400, reason: "the request target must be a path" };
  const path = target.split(/[?#]/, 1)[0]!;
  const raw = path === "/" ? [] : path.slice(1).split("/");
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return { kind: "bad", status: 400, reason: "malformed percent-encoding" };
    }
    if (!isSafeSegment(segment)) return { kind: "bad", status: 400, reason: "unsafe path segment" };
    segments.push(segment);
  }
  if (segments[0] === "data") {
    if (segments.length !== 2) return { kind: "bad", status: 404, reason: "only files directly in the graph directory are served" };
    return { kind: "data", name: segments[1]! };
  }
  return { kind: "viewer", segments: segments.length === 0 ? ["index.html"] : segments };
}

function isSafeSegment(segment: string): boolean {
  if (segment === "" || segment.startsWith(".")) return false;
  return !/[\\/\0:]/.test(segment);
}
