/**
 * serve keeps an idle keep-alive connection open until the client closes it. With Node's default
 * (closed after 5 s idle, plus a second of grace) a client that reuses the socket as the server
 * closes it gets ECONNRESET — the SDK's agent sets no idle timeout of its own, so a test that waits
 * about six seconds between two calls with maxAttempts: 1 failed (found by `npm run load`).
 */
import { http, HttpResponse } from "msw";
import { Agent, request } from "node:http";
import { afterAll, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../runtime/serve/index.ts";

let server: MockServer | undefined;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
afterAll(async () => {
  agent.destroy();
  await server?.close();
});

/** POSTs to the server over the keep-alive agent: the status, and whether the socket was reused. */
function post(origin: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL("/", origin), { method: "POST", agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
    });
    req.on("error", reject);
    req.end("{}");
  });
}

it("answers on the same connection after it sat idle past Node's default keep-alive timeout", async () => {
  server = await startMockServer({ handlers: (origin) => [http.post(`${origin}/`, () => HttpResponse.json({ ok: true }))] });
  expect(await post(server.origin)).toEqual({ status: 200, reused: false });
  await new Promise((resolve) => setTimeout(resolve, 6_500));
  expect(await post(server.origin)).toEqual({ status: 200, reused: true });
}, 20_000);
