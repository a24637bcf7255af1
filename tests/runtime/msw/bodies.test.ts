/**
 * Bodies on the wire, as the awsJson compliance cases want them (tests/compliance/): a request
 * body compressed with `Content-Encoding: gzip` (what SDK clients send for `@requestCompression`
 * operations) is read like a plain one; an operation whose output is `Unit` answers with an empty
 * body, one whose output is an empty structure with `{}`.
 */
import { gzipSync } from "node:zlib";
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";

const OBJECT = { type: "object", additionalProperties: false } as const;
const contract: ServiceContract = {
  serviceName: "Ex",
  serviceId: "ex#Ex",
  sdkId: "Ex",
  protocol: "awsJson1_0",
  endpointPrefix: "ex",
  operations: {
    Put: {
      name: "Put",
      input: { type: "object", properties: { data: { type: "string" } }, required: ["data"], additionalProperties: false },
      output: OBJECT,
      errors: {},
      plans: { input: { method: "tie", key: "PutInput" }, output: { method: "unit" }, errors: {} },
    },
    Empty: {
      name: "Empty",
      input: OBJECT,
      output: OBJECT,
      errors: {},
      plans: { input: { method: "unit" }, output: { method: "tie", key: "EmptyOutput" }, errors: {} },
    },
  },
  shapes: {
    PutInput: { method: "structure", members: [{ name: "data", required: true, plan: { method: "string", constraints: {}, where: "PutInput.data" } }] },
    EmptyOutput: { method: "structure", members: [] },
  },
};
const ENDPOINT = "http://localhost/";

function request(operation: string, body: Uint8Array, headers: Record<string, string> = {}): Request {
  return new Request(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": `Ex.${operation}`, ...headers }, body });
}

async function answer(handlers: Parameters<typeof getResponse>[0], r: Request): Promise<{ status: number; text: string }> {
  const response = await getResponse(handlers, r);
  if (response === undefined) throw new Error("no handler answered");
  return { status: response.status, text: await response.text() };
}

describe("a gzip-encoded request body", () => {
  const json = new TextEncoder().encode(JSON.stringify({ data: "x".repeat(20_000) }));

  it("is read as the JSON it compresses", async () => {
    const mock = createServiceMock(contract).create({ endpoint: ENDPOINT });
    const inputs: unknown[] = [];
    const helper = mock.operation("Put")((input: unknown) => {
      inputs.push(input);
      return {};
    });
    expect(await answer([helper], request("Put", gzipSync(json), { "Content-Encoding": "gzip" }))).toEqual({ status: 200, text: "" });
    expect(inputs).toEqual([{ data: "x".repeat(20_000) }]);
    expect(mock.requests[0]?.text).toBe(new TextDecoder().decode(json));
  });

  it("with any other coding is a SerializationException naming it", async () => {
    const mock = createServiceMock(contract).create({ endpoint: ENDPOINT });
    const got = await answer(mock.handlers, request("Put", json, { "Content-Encoding": "br" }));
    expect(got.status).toBe(400);
    expect(JSON.parse(got.text)).toEqual({ __type: "com.amazon.coral.service#SerializationException", message: 'Unsupported Content-Encoding "br"' });
  });

  it("that is not gzip at all is a SerializationException", async () => {
    const mock = createServiceMock(contract).create({ endpoint: ENDPOINT });
    const got = await answer(mock.handlers, request("Put", json, { "Content-Encoding": "gzip" }));
    expect(got.status).toBe(400);
    expect(JSON.parse(got.text)).toEqual({ __type: "com.amazon.coral.service#SerializationException", message: "Unable to decode the request body as gzip" });
  });
});

describe("the body of a successful answer", () => {
  it("is empty when the output is Unit, for a given answer, a resolver's and a generated one", async () => {
    const mock = createServiceMock(contract).create({ endpoint: ENDPOINT });
    const body = () => new TextEncoder().encode('{"data":"d"}');
    expect(await answer([mock.operation("Put")({})], request("Put", body()))).toEqual({ status: 200, text: "" });
    expect(await answer([mock.operation("Put")(() => ({}))], request("Put", body()))).toEqual({ status: 200, text: "" });
    expect(await answer(mock.handlers, request("Put", body()))).toEqual({ status: 200, text: "" });
  });

  it("is {} when the output is an empty structure", async () => {
    const mock = createServiceMock(contract).create({ endpoint: ENDPOINT });
    expect(await answer([mock.operation("Empty")({})], request("Empty", new Uint8Array()))).toEqual({ status: 200, text: "{}" });
    expect(await answer(mock.handlers, request("Empty", new Uint8Array()))).toEqual({ status: 200, text: "{}" });
  });
});
