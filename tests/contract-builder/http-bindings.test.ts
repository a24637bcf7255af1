/**
 * codegen/contract/http-bindings.ts: where each member of an operation's input, output and errors
 * travels over HTTP, as tables of small IDL operations → the exact bindings.
 */
import { describe, expect, it } from "vitest";
import { errorBindingsOf, hostPrefixOf, httpBindingsOf, jsonNamesOf } from "../../codegen/contract/http-bindings.ts";
import { arbitraryKeys } from "../../codegen/arbitraries/keys.ts";
import type { HttpBindings, MessageBindings } from "../../runtime/contract.ts";
import { closureOf, opOf } from "./fragment.ts";

describe("httpBindingsOf", () => {
  it("is undefined without @http", () => {
    expect(httpBindingsOf(opOf("operation Op {}").op)).toBeUndefined();
  });

  it("binds labels (greedy marked), query, query params, headers, prefix headers and the body, in model order", () => {
    const { op } = opOf(`
@http(method: "PUT", uri: "/things/{id}/{path+}?x-id=Put", code: 201)
operation Op {
    input := {
        @required @httpLabel id: String
        @required @httpLabel path: String
        @httpQuery("at") at: Timestamp
        @httpQuery("tags") tags: Tags
        @httpQueryParams rest: Params
        @httpHeader("X-Dates") dates: Dates
        @httpHeader("X-Json") json: JsonText
        @httpPrefixHeaders("x-meta-") meta: Meta
        @jsonName("Name") name: String
        count: Integer
    }
    output := {
        @httpResponseCode status: Integer
        @httpHeader("X-Id") id: String
        @httpPayload data: Blob
    }
}
list Tags { member: String }
list Dates { member: Timestamp }
map Params { key: String, value: Tags }
map Meta { key: String, value: String }
@mediaType("application/json")
string JsonText`);
    expect(httpBindingsOf(op)).toEqual<HttpBindings>({
      method: "PUT",
      uri: "/things/{id}/{path+}?x-id=Put",
      code: 201,
      input: {
        labels: [
          { member: "id", name: "id", kind: "string", required: true },
          { member: "path", name: "path", kind: "string", required: true, greedy: true },
        ],
        query: [
          { member: "at", name: "at", kind: "timestamp" },
          { member: "tags", name: "tags", kind: "list", item: "string" },
        ],
        queryParams: { member: "rest", name: "rest", kind: "map", item: "list" },
        headers: [
          { member: "dates", name: "X-Dates", kind: "list", item: "timestamp" },
          { member: "json", name: "X-Json", kind: "string", mediaType: "application/json" },
        ],
        prefixHeaders: { member: "meta", name: "x-meta-", kind: "map", item: "string" },
        body: [
          { member: "name", name: "Name", kind: "string" },
          { member: "count", name: "count", kind: "integer" },
        ],
      },
      output: {
        headers: [{ member: "id", name: "X-Id", kind: "string" }],
        payload: { member: "data", name: "data", kind: "blob" },
        responseCode: "status",
      },
    });
  });

  it("ignores request-only traits in the answer and takes a list's format from its member", () => {
    const { op } = opOf(`
@http(method: "GET", uri: "/x")
operation Op {
    output := {
        @httpQuery("q") q: String
        @httpHeader("X-T") times: Times
    }
}
list Times {
    @timestampFormat("epoch-seconds")
    member: Timestamp
}`);
    expect(httpBindingsOf(op)?.output).toEqual<MessageBindings>({
      headers: [{ member: "times", name: "X-T", kind: "list", item: "timestamp", timestampFormat: "epoch-seconds" }],
      body: [{ member: "q", name: "q", kind: "string" }],
    });
  });
});

describe("errorBindingsOf, hostPrefixOf, jsonNamesOf", () => {
  const c = closureOf(
    `
@endpoint(hostPrefix: "{label}.data.")
@http(method: "POST", uri: "/op")
operation Op {
    input := { @hostLabel @required label: String, nested: Nested }
    errors: [Boom]
}
structure Nested { @jsonName("N") n: String, same: String }
@error("client") @httpError(409)
structure Boom { @httpHeader("X-Why") why: String, @jsonName("Detail") detail: String }`,
    { operations: ["Op"] },
  );
  const op = c.operations[0]!;
  const boom = c.errorsOf(op)[0]!;

  it("binds an error's headers and body", () => {
    expect(errorBindingsOf(boom)).toEqual<MessageBindings>({ headers: [{ member: "why", name: "X-Why", kind: "string" }], body: [{ member: "detail", name: "Detail", kind: "string" }] });
  });

  it("reads the host prefix", () => {
    expect(hostPrefixOf(op)).toBe("{label}.data.");
  });

  it("lists the JSON names that differ, by shape key", () => {
    expect(jsonNamesOf(c.shapes, arbitraryKeys(c))).toEqual({ Boom: { detail: "Detail" }, Nested: { n: "N" } });
  });
});
