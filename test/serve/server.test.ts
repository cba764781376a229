import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DataError, SettingsError } from "../../src/errors.ts";
import { startServer, type RunningServer } from "../../src/serve/index.ts";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: node:http sends the path byte for byte, without normalising "..". */
function raw(base: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? "GET", headers: options.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", fail);
    req.end(options.body);
  });
}

describe("serve: startServer", () => {
  let root: string;
  let server: RunningServer;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), "trama-serve-"));
    const viewer = join(root, "viewer");
    const data = join(root, "export");
    mkdirSync(join(viewer, "assets"), { recursive: true });
    mkdirSync(join(data, "sub"), { recursive: true });
    writeFileSync(join(viewer, "index.html"), "<!doctype html><title>viewer</title>");
    writeFileSync(join(viewer, "assets", "app-1234.js"), "console.log(1)");
    writeFileSync(join(data, "graph.json"), '{"nodes":[]}');
    writeFileSync(join(data, "graph.gexf"), "<gexf/>");
    writeFileSync(join(data, ".env"), "SECRET=1");
    writeFileSync(join(data, "notes.sh"), "rm -rf /");
    writeFileSync(join(data, "sub", "graph.json"), "{}");
    writeFileSync(join(root, "secret.json"), '{"secret":true}');
    symlinkSync(join(root, "secret.json"), join(data, "link.json"));
    server = await startServer({ dir: data, viewerDir: viewer, port: 0 });
  });

  after(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("prints a loopback URL with the port it got", () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.notEqual(new URL(server.url).port, "0");
  });

  it("serves the viewer page and its assets with content types", async () => {
    const page = await raw(server.url, "/");
    assert.equal(page.status, 200);
    assert.equal(page.headers["content-type"], "text/html; charset=utf-8");
    assert.match(page.body, /<title>viewer/);
    const asset = await raw(server.url, "/assets/app-1234.js");
    assert.equal(asset.status, 200);
    assert.equal(asset.headers["content-type"], "text/javascript; charset=utf-8");
  });

  it("serves the graph files of the directory under /data/", async () => {
    const json = await raw(server.url, "/data/graph.json?v=1");
    assert.equal(json.status, 200);
    assert.equal(json.headers["content-type"], "application/json; charset=utf-8");
    assert.equal(json.body, '{"nodes":[]}');
    const gexf = await raw(server.url, "/data/graph.gexf");
    assert.equal(gexf.headers["content-type"], "application/xml; charset=utf-8");
  });

  it("sends a strict Content-Security-Policy without inline script, and nosniff", async () => {
    for (const path of ["/", "/data/graph.json", "/nope.js", "/../x"]) {
      const reply = await raw(server.url, path);
      const csp = String(reply.headers["content-security-policy"]);
      assert.match(csp, /script-src 'self'/, path);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
      assert.match(csp, /frame-ancestors 'none'/, path);
      assert.equal(reply.headers["x-content-type-options"], "nosniff", path);
    }
  });

  const escapes = [
    "/../secret.json",
    "/data/../../secret.json",
    "/data/..%2f..%2fsecret.json",
    "/%2e%2e/secret.json",
    "/data/%2e%2e/%2e%2e/secret.json",
    "/data/%2E%2E%2Fsecret.json",
    "/data/..%5c..%5csecret.json",
    "/assets/../../secret.json",
    "//etc/passwd",
    "/etc/passwd",
    "/data//etc/passwd",
    "/data/%2fetc%2fpasswd",
    "/data/C:%5cwindows",
    "/data/graph.json%00.png",
    "/data/.env",
    "/data/sub/graph.json",
    "/data/notes.sh",
    "/data/link.json",
    "/data/%ZZ",
  ];
  for (const path of escapes) {
    it(`refuses to leave its roots: ${path}`, async () => {
      const reply = await raw(server.url, path);
      assert.ok([400, 404].includes(reply.status), `${path} gave ${reply.status}`);
      assert.doesNotMatch(reply.body, /secret|root:/);
    });
  }

  it("refuses an absolute-form request target", async () => {
    const reply = await raw(server.url, "http://127.0.0.1/etc/passwd");
    assert.equal(reply.status, 400);
  });

  it("answers HEAD without a body and refuses other methods with 405", async () => {
    const head = await raw(server.url, "/data/graph.json", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.body, "");
    assert.equal(head.headers["content-length"], "12");
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"]) {
      const reply = await raw(server.url, "/data/graph.json", { method });
      assert.equal(reply.status, 405, method);
      assert.equal(reply.headers.allow, "GET, HEAD");
    }
  });

  it("refuses an oversized URL with 414 and a request body with 413", async () => {
    const long = await raw(server.url, `/?q=${"a".repeat(5000)}`);
    assert.equal(long.status, 414);
    const body = await raw(server.url, "/", { headers: { "Content-Length": "11" }, body: "hello world" });
    assert.equal(body.status, 413);
  });

  it("refuses Host names that are not loopback (DNS rebinding)", async () => {
    const reply = await raw(server.url, "/data/graph.json", { headers: { Host: "evil.example:80" } });
    assert.equal(reply.status, 421);
    const ok = await raw(server.url, "/data/graph.json", { headers: { Host: "localhost:4173" } });
    assert.equal(ok.status, 200);
  });

  it("fails clearly when the directory or the built viewer is missing", async () => {
    await assert.rejects(startServer({ dir: join(root, "nowhere"), viewerDir: join(root, "viewer"), port: 0 }), (err: Error) => {
      assert.ok(err instanceof DataError);
      assert.match(err.message, /^trama: .*nowhere is not a directory/);
      return true;
    });
    await assert.rejects(startServer({ dir: join(root, "export"), viewerDir: join(root, "export"), port: 0 }), /npm run build:viewer/);
  });

  it("validates its settings", async () => {
    await assert.rejects(startServer({ dir: join(root, "export"), port: 70000 }), (err: Error) => {
      assert.ok(err instanceof SettingsError);
      assert.equal(err.setting, "port");
      return true;
    });
  });
});
