import { createReadStream, existsSync, statSync } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve, sep } from "node:path";
import { DataError } from "../errors.ts";
import { graphContentType, viewerContentType } from "./content-types.ts";
import { SECURITY_HEADERS } from "./headers.ts";
import { routeRequest } from "./resolve-path.ts";
import { resolveServeSettings, type ServeSettings } from "./settings.ts";

export interface RunningServer {
  /** Where the viewer is, e.g. http://127.0.0.1:4173/ */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/**
 * Serves the built viewer at / and the graph files of one directory at /data/NAME.
 * Read-only: GET and HEAD, nothing else.
 */
export async function startServer(options: Partial<ServeSettings>): Promise<RunningServer> {
  const settings = resolveServeSettings(options);
  const dataRoot = resolve(settings.dir);
  const viewerRoot = resolve(settings.viewerDir);
  if (!existsSync(dataRoot) || !statSync(dataRoot).isDirectory()) {
    throw new DataError(`trama: ${settings.dir} is not a directory; pass the folder 'trama build --out' wrote`);
  }
  if (!existsSync(join(viewerRoot, "index.html"))) {
    throw new DataError(`trama: the viewer is not built (${viewerRoot}/index.html is missing); run 'npm run build:viewer'`);
  }
  const roots = { data: await realpath(dataRoot), viewer: await realpath(viewerRoot) };
  const loopbackOnly = LOOPBACK_HOSTS.has(settings.host);

  const server = createServer({ maxHeaderSize: 16384 }, (req, res) => {
    handle(req, res, settings, roots, loopbackOnly).catch(() => {
      if (!res.headersSent) send(res, 500, "internal error");
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      fail(
        err.code === "EADDRINUSE"
          ? new DataError(`trama: port ${settings.port} is in use; pick another with --port (0 = any free port)`)
          : err,
      ),
    );
    server.listen(settings.port, settings.host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const host = settings.host.includes(":") ? `[${settings.host}]` : settings.host;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  settings: ServeSettings,
  roots: { data: string; viewer: string },
  loopbackOnly: boolean,
): Promise<void> {
  const target = req.url ?? "/";
  if (target.length > settings.maxUrlLength) return send(res, 414, "request target too long");
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "only GET and HEAD are served");
  }
  if (req.headers["transfer-encoding"] !== undefined || Number(req.headers["content-length"] ?? 0) > 0) {
    return send(res, 413, "requests may not carry a body");
  }
  // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding);
  // its requests then carry that name in Host, which a loopback server must refuse.
  if (loopbackOnly && !LOOPBACK_HOSTS.has(hostName(req.headers.host ?? ""))) {
    return send(res, 421, "this server only answers to localhost");
  }
  const route = routeRequest(target);
  if (route.kind === "bad") return send(res, route.status, route.reason);
  if (route.kind === "data") {
    const type = graphContentType(route.name);
    if (type === undefined) return send(res, 404, "not a graph file");
    return sendFile(req, res, roots.data, [route.name], type, "no-store");
  }
  const type = viewerContentType(route.segments[route.segments.length - 1]!);
  if (type === undefined) return send(res, 404, "not found");
  // Vite fingerprints asset names, so they may be cached; the page itself may not.
  const cache = route.segments[0] === "assets" ? "public, max-age=31536000, immutable" : "no-cache";
  return sendFile(req, res, roots.viewer, route.segments, type, cache);
}

function hostName(hostHeader: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(hostHeader);
  if (bracketed) return bracketed[1]!;
  return hostHeader.replace(/:\d+$/, "").toLowerCase();
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  segments: string[],
  type: string,
  cache: string,
): Promise<void> {
  let file: string;
  try {
    // realpath, so a symlink inside the root cannot lead outside it.
    file = await realpath(join(root, ...segments));
  } catch {
    return send(res, 404, "not found");
  }
  if (!file.startsWith(root + sep)) return send(res, 404, "not found");
  const info = await stat(file);
  if (!info.isFile()) return send(res, 404, "not found");
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    "Content-Type": type,
    "Content-Length": info.size,
    "Cache-Control": cache,
  });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file).pipe(res);
}

function send(res: ServerResponse, status: number, message: string): void {
  const body = `${status} ${message}\n`;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...(status === 413 || status === 414 ? { Connection: "close" } : {}),
  });
  res.end(body);
}
