/**
 * The three doors of a mock, driven with raw requests so that a hostile one reaches the mock as it
 * was written (duplicated headers, bytes that are not UTF-8, any Content-Type):
 *
 * - `msw`: msw's `setupServer` intercepting `fetch`, with `onUnhandled("error")`;
 * - `in-process`: `mock.requestHandler.handle(…)`, the SDK's `HttpRequest` shape given directly;
 * - `serve`: `smithy-contract serve` from dist/ as a child process, over `node:http`, with a probe
 *   preloaded that reports changes to its built-in prototypes over the IPC channel.
 *
 * msw and in-process requests go to the service's default AWS endpoint (where a request that names
 * no operation is still the service's to refuse); serve's origin is the whole server's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { fileURLToPath } from "node:url";
import { setupServer } from "msw/node";
import { onUnhandled } from "../../../runtime/msw/index.ts";
import type { MockRequestHandler, SdkHttpRequest } from "../../../runtime/mock/request-handler.ts";
import { prototypeFingerprint } from "./prototypes.ts";

export type TransportName = "msw" | "in-process" | "serve";
export const TRANSPORTS: readonly TransportName[] = ["msw", "in-process", "serve"];

/** A request as written on the wire, below the endpoint. */
export interface HostileRequest {
  /** Default `POST`. */
  readonly method?: string;
  /** Path and query below the endpoint (default `/`), sent as written. */
  readonly path?: string;
  /** In order; a name may repeat. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body?: string | Uint8Array;
}

/** The answer, as the client got it. `status` -1: no mock answered (the text says why). */
export interface Reply {
  readonly status: number;
  /** Names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  /** Wall time from sending to the whole answer. */
  readonly ms: number;
}

export interface Transport {
  readonly name: TransportName;
  send(request: HostileRequest): Promise<Reply>;
  /** Lines of the prototype fingerprint that changed since the transport started (in its process). */
  prototypeChanges(): Promise<string[]>;
  close(): Promise<void>;
}

/** What a transport serves: a mock's handlers and request handler (msw, in process), or serve's arguments. */
export interface Subject {
  /** `https://<endpointPrefix>.us-east-1.amazonaws.com` */
  readonly endpoint: string;
  /** A fresh mock's handlers and its in-process request handler. */
  readonly mock: () => { readonly handlers: readonly object[]; readonly requestHandler: MockRequestHandler };
  /** `smithy-contract serve` arguments (besides --port and --quiet). */
  readonly serveArgs: readonly string[];
}

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("../../../bin/smithy-contract.js", import.meta.url));
const PROBE = fileURLToPath(new URL("./prototype-probe.mjs", import.meta.url));
const EMPTY = new Uint8Array(0);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Starts one transport over `subject`. */
export async function startTransport(name: TransportName, subject: Subject): Promise<Transport> {
  switch (name) {
    case "msw":
      return mswTransport(subject);
    case "in-process":
      return inProcessTransport(subject);
    case "serve":
      return serveTransport(subject);
  }
}

function localPrototypes(): () => Promise<string[]> {
  const before = prototypeFingerprint();
  return async () => {
    const now = prototypeFingerprint();
    const was = new Set(before);
    const is = new Set(now);
    return [...now.filter((l) => !was.has(l)).map((l) => `+ ${l}`), ...before.filter((l) => !is.has(l)).map((l) => `- ${l}`)];
  };
}

/** msw intercepts once per process: one server, each transport's handlers added to it (they claim only their own endpoint). */
let shared: { server: ReturnType<typeof setupServer>; users: number } | undefined;

function mswTransport(subject: Subject): Transport {
  if (shared === undefined) {
    shared = { server: setupServer(), users: 0 };
    shared.server.listen(onUnhandled("error"));
  }
  const msw = shared;
  msw.users++;
  msw.server.use(...(subject.mock().handlers as Parameters<typeof setupServer>));
  return {
    name: "msw",
    prototypeChanges: localPrototypes(),
    async send(request) {
      const headers = new Headers();
      // fetch sends a body of unknown length chunked, and (since Node 22) refuses a Transfer-Encoding header.
      const isChunked = ([n, v]: readonly [string, string]) => n.toLowerCase() === "transfer-encoding" && /chunked/i.test(v);
      const chunked = request.headers.some(isChunked);
      for (const [n, v] of request.headers) if (!isChunked([n, v])) headers.append(n, v);
      const method = request.method ?? "POST";
      // As bytes: a string body would get a Content-Type from fetch (text/plain) that the row did not send.
      const bytes = request.body === undefined || method === "GET" || method === "HEAD" ? undefined : typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body;
      const body = bytes === undefined ? undefined : chunked ? new Blob([bytes as Uint8Array<ArrayBuffer>]).stream() : bytes;
      const started = performance.now();
      try {
        const response = await fetch(`${subject.endpoint}${request.path ?? "/"}`, {
          method,
          headers,
          ...(body !== undefined && { body: body as never, ...(chunked && { duplex: "half" }) }),
        } as RequestInit);
        const text = await response.text();
        const out: Record<string, string> = {};
        response.headers.forEach((v, k) => (out[k] = v));
        return { status: response.status, headers: out, text, ms: performance.now() - started };
      } catch (e) {
        return { status: -1, headers: {}, text: `unhandled: ${String((e as Error).cause ?? e)}`, ms: performance.now() - started };
      }
    },
    async close() {
      if (--msw.users === 0) {
        msw.server.close();
        shared = undefined;
      }
    },
  };
}

function inProcessTransport(subject: Subject): Transport {
  const handler = subject.mock().requestHandler;
  const url = new URL(subject.endpoint);
  return {
    name: "in-process",
    prototypeChanges: localPrototypes(),
    async send(request) {
      const target = new URL(request.path ?? "/", "http://x");
      // A path is sent as written (URL would normalise it); the query as the SDK holds it.
      const rawPath = (request.path ?? "/").split("?")[0]!;
      const query: Record<string, string | string[] | null> = {};
      for (const part of target.search.slice(1).split("&")) {
        if (part === "") continue;
        const eq = part.indexOf("=");
        const k = safeDecode(eq < 0 ? part : part.slice(0, eq));
        const v = eq < 0 ? null : safeDecode(part.slice(eq + 1));
        const known = Object.prototype.hasOwnProperty.call(query, k) ? query[k] : undefined;
        Object.defineProperty(query, k, { value: known === undefined ? v : [...[known].flat(), v ?? ""], enumerable: true, writable: true, configurable: true });
      }
      // A header repeated under one name is sent as the SDK can hold it: another spelling of the name.
      const headers: Record<string, string> = {};
      for (const [n, v] of request.headers) {
        let key = n;
        while (Object.prototype.hasOwnProperty.call(headers, key)) key = key === key.toUpperCase() ? `${key[0]!.toLowerCase()}${key.slice(1)}` : key.toUpperCase();
        Object.defineProperty(headers, key, { value: v, enumerable: true, writable: true, configurable: true });
      }
      const sdkRequest: SdkHttpRequest = {
        method: request.method ?? "POST",
        protocol: url.protocol,
        hostname: url.hostname,
        path: rawPath,
        query,
        headers,
        body: request.body ?? EMPTY,
      };
      const started = performance.now();
      try {
        const { response } = await handler.handle(sdkRequest);
        return { status: response.statusCode, headers: lowerCased(response.headers), text: decode(response.body), ms: performance.now() - started };
      } catch (e) {
        return { status: -1, headers: {}, text: `unhandled: ${(e as Error).message}`, ms: performance.now() - started };
      }
    },
    async close() {},
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) Object.defineProperty(out, k.toLowerCase(), { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

async function serveTransport(subject: Subject): Promise<Transport> {
  const child = spawn(process.execPath, ["--import", PROBE, BIN, "serve", "--port", "0", "--quiet", ...subject.serveArgs], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe", "ipc"] });
  let out = "";
  let err = "";
  child.stdout!.setEncoding("utf8");
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (c: string) => (err += c));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve did not listen within 30 s; stderr: ${err}`));
    }, 30_000);
    child.stdout!.on("data", (c: string) => {
      out += c;
      const found = /^listening on (http:\/\/\S+)$/m.exec(out)?.[1];
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited (${code}) before listening; stderr: ${err}`));
    });
  });
  return {
    name: "serve",
    prototypeChanges: () => askPrototypes(child),
    send: (request) => rawHttp(origin, request),
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    },
  };
}

function askPrototypes(child: ChildProcess): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { probe?: string; changed?: string[] }) => {
      if (m?.probe !== "prototypes") return;
      child.off("message", onMessage);
      resolve(m.changed ?? []);
    };
    child.on("message", onMessage);
    child.once("exit", () => reject(new Error("serve exited")));
    child.send({ probe: "prototypes" });
  });
}

/** One request over a fresh connection, headers exactly as given (Content-Length added when absent). */
function rawHttp(origin: string, request: HostileRequest): Promise<Reply> {
  const body = request.body === undefined ? EMPTY : typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body;
  const flat: string[] = [];
  for (const [n, v] of request.headers) flat.push(n, v);
  const url = new URL(origin);
  const has = (name: string) => request.headers.some(([n]) => n.toLowerCase() === name);
  if (!has("content-length") && !has("transfer-encoding")) flat.push("Content-Length", String(body.byteLength));
  if (!has("host")) flat.push("Host", url.host);
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest({ host: url.hostname, port: url.port, method: request.method ?? "POST", path: request.path ?? "/", headers: flat, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) Object.defineProperty(headers, k, { value: Array.isArray(v) ? v.join(", ") : v, enumerable: true });
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started });
      });
    });
    req.on("error", (e) => resolve({ status: -1, headers: {}, text: `connection: ${e.message}`, ms: performance.now() - started }));
    req.end(body);
  });
}
