/**
 * The runtime's HTTP server over msw handlers, in this process (the handlers are plain msw
 * handlers; nothing intercepts): requests reach the handlers addressed to the server's own
 * origin, answers come back as given, and what no handler answers, what a handler throws and a
 * busy port each end as documented.
 */
import { http, HttpResponse } from "msw";
import { request as httpRequest, Agent } from "node:http";
import { afterAll, describe, expect, it } from "vitest";
import { ListenError, startMockServer, type MockServer, type ServedRequest } from "../../runtime/serve/index.ts";

const servers: MockServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(log: ServedRequest[] = []): Promise<MockServer> {
  const server = await startMockServer({
    onRequest: (r) => log.push(r),
    handlers: (origin) => [
      http.post(`${origin}/echo`, async ({ request }) => {
        const headers = new Headers({ "Content-Type": "application/json", "X-Answer": "yes" });
        headers.append("Set-Cookie", "a=1");
        headers.append("Set-Cookie", "b=2");
        return new HttpResponse(JSON.stringify({ method: request.method, url: request.url, test: request.headers.get("x-test"), body: await request.text() }), { status: 201, headers });
      }),
      http.post(`${origin}/boom`, () => {
        throw new Error("no answer today");
      }),
    ],
  });
  servers.push(server);
  return server;
}

describe("startMockServer", () => {
  it("listens on 127.0.0.1 with a free port; handlers see the server's origin; the answer comes back whole", async () => {
    const server = await start();
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`http://localhost:${server.port}/echo?x=1`, { method: "POST", headers: { "X-Test": "t" }, body: "héllo" });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-answer")).toBe("yes");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(await response.clone().text())));
    // Addressed to the origin the handlers were given, whatever the Host header said.
    expect(await response.json()).toEqual({ method: "POST", url: `${server.origin}/echo?x=1`, test: "t", body: "héllo" });
  });

  it("a request no handler answers: 404 with a JSON message; a handler that throws: 500 InternalFailure, the error reported", async () => {
    const log: ServedRequest[] = [];
    const server = await start(log);
    const missing = await fetch(`${server.origin}/`, { method: "POST", headers: { "X-Amz-Target": "Other.Op" }, body: "{}" });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: "no mock answers POST / (X-Amz-Target: Other.Op)" });
    const boom = await fetch(`${server.origin}/boom`, { method: "POST", body: "{}" });
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ __type: "InternalFailure", message: "the mock failed: no answer today" });
    expect(log.map(({ ms: _ms, error, ...r }) => ({ ...r, error: error instanceof Error ? error.message : error }))).toEqual([
      { method: "POST", path: "/", target: "Other.Op", status: 404, error: undefined },
      { method: "POST", path: "/boom", target: undefined, status: 500, error: "no answer today" },
    ]);
  });

  it("a busy port: ListenError EADDRINUSE naming host and port", async () => {
    const server = await start();
    const error = await startMockServer({ port: server.port, handlers: () => [] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ListenError);
    expect((error as ListenError).code).toBe("EADDRINUSE");
    expect((error as ListenError).message).toBe(`cannot listen on 127.0.0.1:${server.port}: the port is already in use (EADDRINUSE)`);
  });

  it("close() ends open keep-alive connections and stops listening", async () => {
    const server = await startMockServer({ handlers: (origin) => [http.get(`${origin}/`, () => HttpResponse.text("ok"))] });
    const agent = new Agent({ keepAlive: true });
    const text = await new Promise<string>((resolve, reject) => {
      httpRequest(`${server.origin}/`, { agent }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve(body));
      })
        .on("error", reject)
        .end();
    });
    expect(text).toBe("ok");
    await server.close(); // would hang on the idle keep-alive socket without closeAllConnections
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();
    agent.destroy();
  });
});
