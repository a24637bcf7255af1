/**
 * What a restJson1 message carries of a document (runtime/protocol/restjson1/carried.ts, the
 * protocol's `carried`): for each location, the document the other side reads back — checked by
 * writing the message and reading it back with the protocol's own two sides, and against the value
 * expected by hand.
 */
import { describe, expect, it } from "vitest";
import { buildServiceContract } from "../../../../codegen/contract/service-contract.ts";
import { closure, selectService } from "../../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../../codegen/model/load.ts";
import { modelFromTexts } from "../../../../codegen/model/sources/read-model-sources.ts";
import type { ServiceContract } from "../../../../runtime/contract.ts";
import { awsJsonProtocol } from "../../../../runtime/protocol/awsjson-protocol.ts";
import { incomingOf, toResponse } from "../../../../runtime/protocol/message.ts";
import { restJson1Protocol as protocol } from "../../../../runtime/protocol/restjson1/protocol.ts";

const IDL = `$version: "2"
namespace t
use aws.protocols#restJson1

@restJson1
service Svc { version: "2026-01-01", operations: [Put, Get, Text, Nothing, Passthrough] }

@http(method: "PUT", uri: "/things/{id}/{path+}?v=1")
operation Put {
    input := {
        @required @httpLabel id: String
        @required @httpLabel path: String
        @httpQuery("n") ns: Strings
        @httpQuery("q") q: String
        @httpQueryParams extra: Params
        @httpHeader("X-Text") text: String
        @httpHeader("X-Json") @mediaType("application/json") json: String
        @httpHeader("X-When") when: Timestamp
        @httpHeader("X-Iso") @timestampFormat("date-time") iso: Timestamp
        @httpHeader("X-Tags") tags: Strings
        @httpPrefixHeaders("x-meta-") meta: Params
        n: Double
    }
    output := {
        @httpResponseCode status: Integer
        @httpHeader("X-Id") id: String
        @httpPayload data: Blob
    }
}

@readonly
@http(method: "GET", uri: "/things/{id}")
operation Get {
    input := { @required @httpLabel id: String }
    output := { @httpPayload inner: Inner }
}

@http(method: "POST", uri: "/text")
operation Text {
    input := { @httpPayload text: String }
    output := { @httpPayload text: String }
}

@http(method: "POST", uri: "/nothing", code: 204)
operation Nothing {
    output := { @httpHeader("X-Id") id: String, body: String }
}

@http(method: "POST", uri: "/passthrough")
operation Passthrough {
    output := { @httpPrefixHeaders("") headers: Params, @httpPayload body: String }
}

structure Inner { n: Integer }
list Strings { member: String }
map Params { key: String, value: String }
`;

const model = loadModelAst(modelFromTexts([{ path: "svc.smithy", text: IDL }]), "svc.smithy", "0");
const contract: ServiceContract = buildServiceContract(closure(model, selectService(model)));
const REQUEST_ID = "req-1";

/** The input as carried, and as the server reads back the request written for it. */
async function input(name: string, document: Record<string, unknown>) {
  const operation = contract.operations[name]!;
  const carried = protocol.carried(contract, operation, { kind: "input" }, document);
  const request = protocol.writeRequest(contract, operation, carried, "http://localhost");
  const route = protocol.route(request, contract, { ownEndpoint: true, path: new URL(request.url).pathname });
  if (route.kind !== "operation") throw new Error(`not routed: ${route.kind}`);
  const read = await protocol.readRequest(await incomingOf(request), route.operation, contract, route.labels);
  return { carried, read: read.ok ? read.document : read, url: request.url };
}

/** The output as carried, and as a client reads back the answer written for it. */
async function output(name: string, document: Record<string, unknown>) {
  const operation = contract.operations[name]!;
  const carried = protocol.carried(contract, operation, { kind: "output", requestId: REQUEST_ID }, document);
  const answer = protocol.writeOutput(contract, operation, carried, REQUEST_ID);
  const read = await protocol.readResponse(contract, operation, toResponse(answer));
  return { carried, read: read.kind === "output" ? read.document : read, status: answer.status };
}

describe("labels", () => {
  it.each([
    ["an empty label", { id: "", path: "p" }, { id: "a", path: "p" }],
    ["a dot segment", { id: ".", path: ".." }, { id: "a", path: "aa" }],
    ["a greedy label with empty and dot segments", { id: "x", path: "/a//./b/" }, { id: "x", path: "a/a/a/a/b/a" }],
    ["a lone surrogate", { id: "a\ud800b", path: "\udc00" }, { id: "a\ufffdb", path: "\ufffd" }],
    ["text that travels as it is", { id: "a b/c%😹", path: "x/y z" }, { id: "a b/c%😹", path: "x/y z" }],
  ])("%s", async (_, document, want) => {
    const { carried, read } = await input("Put", document);
    expect(carried).toStrictEqual({ ...want, extra: { v: "1" } });
    expect(read).toStrictEqual(carried);
  });
});

describe("headers", () => {
  it("replaces what no header can hold, one character for one, and keeps inner spaces", async () => {
    const { carried, read } = await input("Put", { id: "i", path: "p", text: " a\nb\u00e9 c\t", tags: ["", " x ", "y\u0000", "q,\"r\""] });
    expect(carried.text).toBe("gakbz cj");
    expect(carried.tags).toStrictEqual(["", " x ", "ya", 'q,"r"']);
    expect(read).toStrictEqual(carried);
  });

  it("sends an empty string and an empty list as an empty header (RestJsonNullAndEmptyHeaders), read back as such", async () => {
    const { carried, read } = await input("Put", { id: "i", path: "p", text: "", tags: [] });
    expect(carried).toMatchObject({ text: "", tags: [] });
    expect(read).toStrictEqual(carried);
  });

  it("holds whole seconds in an http-date, milliseconds in a date-time, any text base64-encoded under @mediaType", async () => {
    const { carried, read } = await input("Put", { id: "i", path: "p", when: 1576540098.999, iso: "2019-12-16T23:48:18.500Z", json: '{"a":"\ud83d"}' });
    expect(carried).toMatchObject({ when: 1576540098, iso: "2019-12-16T23:48:18.500Z", json: '{"a":"\ufffd"}' });
    expect(read).toStrictEqual(carried);
  });

  it("reads prefix-header keys back in lower case, as tokens; the first of two that read the same wins", async () => {
    const { carried, read } = await input("Put", { id: "i", path: "p", meta: { Key: "v", key: "w", "a b": " x " } });
    expect(carried.meta).toStrictEqual({ key: "v", agb: "gxg" });
    expect(read).toStrictEqual(carried);
  });

  it("an empty prefix takes every header of the answer, those the protocol writes too", async () => {
    const { carried, read } = await output("Passthrough", { headers: { "X-A": "1", "Content-Type": "mine" }, body: "hi" });
    expect(carried.headers).toStrictEqual({ "x-a": "1", "content-type": "text/plain", "content-length": "2", "x-amzn-requestid": REQUEST_ID });
    expect(read).toStrictEqual(carried);
  });
});

describe("query", () => {
  it("an empty list sends nothing; the params map holds every parameter, a member's over the map's (RestJsonServersPutAllQueryParamsInMap)", async () => {
    const { carried, read, url } = await input("Put", { id: "i", path: "p", ns: [], q: "named", extra: { q: "fromMap", other: "o\ud800" } });
    expect(url).toBe("http://localhost/things/i/p?v=1&q=named&other=o%EF%BF%BD");
    expect(carried).toStrictEqual({ id: "i", path: "p", q: "named", extra: { v: "1", q: "named", other: "o\ufffd" } });
    expect(read).toStrictEqual(carried);
  });
});

describe("payloads and bodies", () => {
  it("an empty string payload is no body, and so unset; a lone surrogate arrives as U+FFFD", async () => {
    expect((await input("Text", { text: "" })).read).toStrictEqual({});
    expect((await input("Text", { text: "" })).carried).toStrictEqual({});
    const { carried, read } = await input("Text", { text: "a\udfff" });
    expect(carried).toStrictEqual({ text: "a\ufffd" });
    expect(read).toStrictEqual(carried);
  });

  it("an empty blob payload is unset, an empty structure payload too", async () => {
    expect((await output("Put", { data: "" })).carried).toStrictEqual({ status: 200 });
    expect((await output("Get", { inner: {} })).carried).toStrictEqual({});
    expect((await output("Get", { inner: {} })).read).toStrictEqual({});
  });

  it("writes -0 as 0 in JSON", async () => {
    const { carried, read } = await input("Put", { id: "i", path: "p", n: -0 });
    expect(Object.is(carried.n, 0)).toBe(true);
    expect(read).toStrictEqual(carried);
  });
});

describe("the status of an answer", () => {
  it.each([
    [{ status: 7, id: "x", data: "AAEC" }, 207, { status: 207, id: "x", data: "AAEC" }],
    [{ status: 301 }, 201, { status: 201 }],
    [{ status: -1 }, 299, { status: 299 }],
    [{ data: "AAEC" }, 200, { status: 200, data: "AAEC" }],
    // 204 carries no body: the payload does not travel, the header does.
    [{ status: 404, id: "x", data: "AAEC" }, 204, { status: 204, id: "x" }],
  ])("%j answers %i", async (document, status, want) => {
    const got = await output("Put", document);
    expect({ status: got.status, carried: got.carried }).toStrictEqual({ status, carried: want });
    expect(got.read).toStrictEqual(got.carried);
  });

  it("an operation whose @http code carries no body answers no body member", async () => {
    const got = await output("Nothing", { id: "x", body: "b" });
    expect(got.carried).toStrictEqual({ id: "x" });
    expect(got.read).toStrictEqual(got.carried);
  });
});

describe("awsJson", () => {
  it("carries the document's JSON: -0 as 0, undefined members left out", () => {
    const json = awsJsonProtocol("awsJson1_1");
    const carried = json.carried(contract, contract.operations.Put!, { kind: "input" }, { a: -0, b: undefined, c: [-0] });
    expect(carried).toStrictEqual({ a: 0, c: [0] });
    expect(Object.is(carried.a, 0)).toBe(true);
  });
});
