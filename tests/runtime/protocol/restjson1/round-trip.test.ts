/**
 * The client's and the server's sides of restJson1 agree (runtime/protocol/restjson1/): a document
 * written as a request by `writeRequest` is routed back to its operation and read into the same
 * document; an answer written by `writeOutput` or `writeError` is read back by `readResponse`.
 */
import { describe, expect, it } from "vitest";
import { buildServiceContract } from "../../../../codegen/contract/service-contract.ts";
import { closure, selectService } from "../../../../codegen/model/closure.ts";
import { loadModelAst } from "../../../../codegen/model/load.ts";
import { modelFromTexts } from "../../../../codegen/model/sources/read-model-sources.ts";
import { incomingOf, toResponse } from "../../../../runtime/protocol/message.ts";
import { restJson1Protocol as protocol } from "../../../../runtime/protocol/restjson1/protocol.ts";

const IDL = `$version: "2"
namespace t
use aws.protocols#restJson1

@restJson1
service Svc { version: "2026-01-01", operations: [PutThing, GetThing] }

@http(method: "PUT", uri: "/things/{id}/{path+}?v=1", code: 201)
operation PutThing {
    input := {
        @required @httpLabel id: String
        @required @httpLabel path: String
        @httpQuery("at") at: Timestamp
        @httpQuery("n") ns: Ints
        @httpQueryParams extra: Params
        @httpHeader("X-When") when: Timestamp
        @httpHeader("X-Tags") tags: Strings
        @httpPrefixHeaders("x-meta-") meta: Meta
        @jsonName("Body") body: Inner
        flag: Boolean
    }
    output := {
        @httpResponseCode status: Integer
        @httpHeader("X-Id") id: String
        @httpPayload data: Blob
    }
    errors: [Conflict]
}

@readonly
@http(method: "GET", uri: "/things/{id}")
operation GetThing {
    input := { @required @httpLabel id: String }
    output := { @httpPayload inner: Inner }
}

structure Inner { @jsonName("N") n: Integer, when: Timestamp }
list Ints { member: Integer }
list Strings { member: String }
map Params { key: String, value: String }
map Meta { key: String, value: String }

@error("client") @httpError(409)
structure Conflict { message: String, @httpHeader("X-Why") why: String }
`;

const model = loadModelAst(modelFromTexts([{ path: "svc.smithy", text: IDL }]), "svc.smithy", "0");
const contract = buildServiceContract(closure(model, selectService(model)));
const ENDPOINT = "http://localhost:4566/base";

async function roundTrip(name: string, document: Record<string, unknown>) {
  const operation = contract.operations[name]!;
  const request = protocol.writeRequest(contract, operation, document, ENDPOINT);
  const url = new URL(request.url);
  const route = protocol.route(request, contract, { ownEndpoint: false, path: url.pathname.slice("/base".length) });
  if (route.kind !== "operation") throw new Error(`not routed: ${route.kind}`);
  const read = await protocol.readRequest(await incomingOf(request), route.operation, contract, route.labels);
  return { url: request.url, route: route.operation.name, read };
}

describe("a request written by the client side", () => {
  it("is routed to its operation and read into the same document", async () => {
    const document = {
      id: "a b",
      path: "x/y z",
      at: 1.5,
      ns: [1, 2],
      extra: { other: "o" },
      when: 1576540098,
      tags: ["plain", "with,comma"],
      meta: { k: "v" },
      body: { n: 3, when: 2 },
      flag: true,
    };
    const { url, route, read } = await roundTrip("PutThing", document);
    expect(url).toBe("http://localhost:4566/base/things/a%20b/x/y%20z?v=1&at=1970-01-01T00%3A00%3A01.500Z&n=1&n=2&other=o");
    expect(route).toBe("PutThing");
    // @httpQueryParams takes every parameter of the query, the literal and the members' too.
    expect(read.ok && read.document).toEqual({ ...document, extra: { v: "1", at: "1970-01-01T00:00:01.500Z", n: "1", other: "o" } });
  });

  it("goes to the most specific operation", async () => {
    expect((await roundTrip("GetThing", { id: "7" })).route).toBe("GetThing");
  });
});

describe("an answer written by the server side", () => {
  it("is read back by the client side: status, headers, payload", async () => {
    const operation = contract.operations.PutThing!;
    const response = toResponse(protocol.writeOutput(contract, operation, { status: 202, id: "i", data: "AAEC" }, "req-1"));
    expect([response.status, response.headers.get("content-type"), response.headers.get("x-amzn-requestid")]).toEqual([202, "application/octet-stream", "req-1"]);
    expect(await protocol.readResponse(contract, operation, response)).toEqual({ kind: "output", document: { status: 202, id: "i", data: "AAEC" } });
  });

  it("answers an unset structure payload with an empty body, and a set one as JSON under its JSON names", async () => {
    const operation = contract.operations.GetThing!;
    expect(await toResponse(protocol.writeOutput(contract, operation, {}, "r")).text()).toBe("");
    const response = toResponse(protocol.writeOutput(contract, operation, { inner: { n: 1 } }, "r"));
    expect(await response.clone().text()).toBe('{"N":1}');
    expect(await protocol.readResponse(contract, operation, response)).toEqual({ kind: "output", document: { inner: { n: 1 } } });
  });

  it("writes an error with its status, X-Amzn-Errortype, header members and a body without __type", async () => {
    const operation = contract.operations.PutThing!;
    const error = operation.errors.Conflict!;
    const response = toResponse(protocol.writeError(contract, error, protocol.errorDocument(contract, error, { message: "no", why: "taken" }), "r"));
    expect([response.status, response.headers.get("x-amzn-errortype"), response.headers.get("x-why"), await response.clone().text()]).toEqual([409, "Conflict", "taken", '{"message":"no"}']);
    expect(await protocol.readResponse(contract, operation, response)).toEqual({ kind: "error", name: "Conflict", document: { __type: "Conflict", message: "no", why: "taken" } });
  });
});

describe("a status without a body", () => {
  it("answers 204 with no body, even for an output structure (Lambda's DeleteCodeSigningConfig)", async () => {
    const idl = IDL.replace("operations: [PutThing, GetThing]", "operations: [PutThing, GetThing, Drop]") + `
@idempotent
@http(method: "DELETE", uri: "/drop/{id}", code: 204)
operation Drop { input := { @required @httpLabel id: String }, output := {} }
`;
    const m = loadModelAst(modelFromTexts([{ path: "svc.smithy", text: idl }]), "svc.smithy", "0");
    const c = buildServiceContract(closure(m, selectService(m)));
    const response = toResponse(protocol.writeOutput(c, c.operations.Drop!, {}, "r"));
    expect([response.status, response.headers.get("content-type"), response.headers.get("content-length"), await response.text()]).toEqual([204, null, "0", ""]);
  });
});
