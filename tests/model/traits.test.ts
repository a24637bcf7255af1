/**
 * Typed traits: each row is a trait map as a model writes it and the typed fields it reads into.
 * Then the same through the loader for what needs the graph (resources resolved to shapes, the
 * service's accessors), and a sweep over every real model (awsJson and restJson1): every trait of
 * every shape and member reads without error, and each trait the loader does not read is named.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelText } from "../../codegen/model/load.ts";
import type { ResourceShape, Traits } from "../../codegen/model/shapes.ts";
import { mergeTraits, NO_TRAITS, readTraits, unreadTraits } from "../../codegen/model/traits.ts";
import { CORPUS_DIR } from "../support/corpus.ts";

const SITE = { file: "t.json", shapeId: "ex#S", pointer: "/shapes/ex#S/traits" };
const read = (raw: Record<string, unknown>) => readTraits(raw, SITE);
const A = "smithy.api#";

/** Each row: a trait map, and the typed fields it must read into (only those fields are compared). */
const ROWS: { name: string; raw: Record<string, unknown>; want: Partial<Traits> }[] = [
  { name: "@http with the default code", raw: { [`${A}http`]: { method: "GET", uri: "/things/{id}" } }, want: { http: { method: "GET", uri: "/things/{id}", code: 200 } } },
  { name: "@http with a code", raw: { [`${A}http`]: { method: "PUT", uri: "/things", code: 201 } }, want: { http: { method: "PUT", uri: "/things", code: 201 } } },
  { name: "@httpLabel", raw: { [`${A}httpLabel`]: {} }, want: { httpLabel: true, httpPayload: false } },
  { name: "@httpQuery", raw: { [`${A}httpQuery`]: "max-items" }, want: { httpQuery: "max-items" } },
  { name: "@httpQueryParams", raw: { [`${A}httpQueryParams`]: {} }, want: { httpQueryParams: true } },
  { name: "@httpHeader", raw: { [`${A}httpHeader`]: "X-Amz-Meta" }, want: { httpHeader: "X-Amz-Meta" } },
  { name: "@httpPrefixHeaders (empty: every header)", raw: { [`${A}httpPrefixHeaders`]: "" }, want: { httpPrefixHeaders: "" } },
  { name: "@httpPayload", raw: { [`${A}httpPayload`]: {} }, want: { httpPayload: true } },
  { name: "@httpResponseCode", raw: { [`${A}httpResponseCode`]: {} }, want: { httpResponseCode: true } },
  { name: "@httpError and @error", raw: { [`${A}error`]: "client", [`${A}httpError`]: 429 }, want: { error: "client", httpError: 429 } },
  { name: "@jsonName", raw: { [`${A}jsonName`]: "Name" }, want: { jsonName: "Name" } },
  { name: "@mediaType", raw: { [`${A}mediaType`]: "image/png" }, want: { mediaType: "image/png" } },
  { name: "@timestampFormat", raw: { [`${A}timestampFormat`]: "http-date" }, want: { timestampFormat: "http-date" } },
  {
    name: "@paginated",
    raw: { [`${A}paginated`]: { inputToken: "nextToken", outputToken: "result.nextToken", items: "things", pageSize: "maxResults" } },
    want: { paginated: { inputToken: "nextToken", outputToken: "result.nextToken", items: "things", pageSize: "maxResults" } },
  },
  { name: "@paginated with some fields", raw: { [`${A}paginated`]: { items: "things" } }, want: { paginated: { items: "things" } } },
  {
    name: "@examples",
    raw: {
      [`${A}examples`]: [
        { title: "Get one", documentation: "A thing", input: { id: "a" }, output: { thing: { id: "a", n: 1 } } },
        { title: "Missing", input: { id: "zz" }, error: { shapeId: "ex#NotFound", content: { message: "no" } }, allowConstraintErrors: true },
      ],
    },
    want: {
      examples: [
        { title: "Get one", documentation: "A thing", input: { id: "a" }, output: { thing: { id: "a", n: 1 } }, allowConstraintErrors: false },
        { title: "Missing", input: { id: "zz" }, error: { shapeId: "ex#NotFound", content: { message: "no" } }, allowConstraintErrors: true },
      ],
    },
  },
  { name: "@idempotencyToken, @sensitive", raw: { [`${A}idempotencyToken`]: {}, [`${A}sensitive`]: {} }, want: { idempotencyToken: true, sensitive: true } },
  { name: "@streaming, @requiresLength", raw: { [`${A}streaming`]: {}, [`${A}requiresLength`]: {} }, want: { streaming: true, requiresLength: true } },
  { name: "@eventHeader, @eventPayload", raw: { [`${A}eventHeader`]: {}, [`${A}eventPayload`]: {} }, want: { eventHeader: true, eventPayload: true } },
  { name: "@endpoint", raw: { [`${A}endpoint`]: { hostPrefix: "{bucket}." } }, want: { endpoint: { hostPrefix: "{bucket}." } } },
  { name: "@hostLabel", raw: { [`${A}hostLabel`]: {} }, want: { hostLabel: true } },
  { name: "@uniqueItems, @sparse", raw: { [`${A}uniqueItems`]: {}, [`${A}sparse`]: {} }, want: { uniqueItems: true, sparse: true } },
  { name: "@default 0", raw: { [`${A}default`]: 0 }, want: { hasDefault: true, default: 0 } },
  { name: "@default null (removes a default)", raw: { [`${A}default`]: null }, want: { hasDefault: true, default: null } },
  { name: "@default document", raw: { [`${A}default`]: { a: [1] } }, want: { hasDefault: true, default: { a: [1] } } },
  { name: "@addedDefault, @clientOptional", raw: { [`${A}addedDefault`]: {}, [`${A}clientOptional`]: {} }, want: { addedDefault: true, clientOptional: true } },
  { name: "@input, @output", raw: { [`${A}input`]: {}, [`${A}output`]: {} }, want: { input: true, output: true } },
  { name: "@retryable with throttling", raw: { [`${A}retryable`]: { throttling: true } }, want: { retryable: { throttling: true } } },
  { name: "@retryable", raw: { [`${A}retryable`]: {} }, want: { retryable: { throttling: false } } },
  { name: "@deprecated", raw: { [`${A}deprecated`]: { message: "Use Other", since: "2024" } }, want: { deprecated: { message: "Use Other", since: "2024" } } },
  { name: "@documentation", raw: { [`${A}documentation`]: "<p>Hi</p>" }, want: { documentation: "<p>Hi</p>" } },
  { name: "@enumValue", raw: { [`${A}enumValue`]: 3 }, want: { enumValue: 3 } },
  {
    name: "1.0 @enum",
    raw: { [`${A}enum`]: [{ value: "a", name: "A", documentation: "first", deprecated: true }, { value: "b" }] },
    want: { enum: [{ value: "a", name: "A", documentation: "first", deprecated: true }, { value: "b", deprecated: false }] },
  },
  { name: "@length, @range", raw: { [`${A}length`]: { min: 1 }, [`${A}range`]: { min: 0, max: 10 } }, want: { length: { min: 1 }, range: { min: 0, max: 10 } } },
  {
    name: "protocols: restJson1 with its HTTP versions, and awsJson1_0, sorted by id",
    raw: { "aws.protocols#restJson1": { http: ["h2", "http/1.1"], eventStreamHttp: ["h2"] }, "aws.protocols#awsJson1_0": {} },
    want: {
      protocols: [
        { id: "aws.protocols#awsJson1_0", name: "awsJson1_0", http: [], eventStreamHttp: [] },
        { id: "aws.protocols#restJson1", name: "restJson1", http: ["h2", "http/1.1"], eventStreamHttp: ["h2"] },
      ],
    },
  },
  { name: "protocols: rpcv2Cbor is known", raw: { "smithy.protocols#rpcv2Cbor": {} }, want: { protocols: [{ id: "smithy.protocols#rpcv2Cbor", name: "rpcv2Cbor", http: [], eventStreamHttp: [] }] } },
  {
    name: "aws.api#service",
    raw: { "aws.api#service": { sdkId: "Thing Maker", endpointPrefix: "things", arnNamespace: "thing", cloudFormationName: "Things", cloudTrailEventSource: "things.amazonaws.com", docId: "x" } },
    want: { awsService: { sdkId: "Thing Maker", endpointPrefix: "things", arnNamespace: "thing", cloudFormationName: "Things", cloudTrailEventSource: "things.amazonaws.com" } },
  },
  { name: "aws.auth#sigv4", raw: { "aws.auth#sigv4": { name: "things" } }, want: { sigv4: { name: "things" } } },
];

const pick = (t: Traits, keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, (t as unknown as Record<string, unknown>)[k]]));

describe("readTraits: a trait map into typed fields", () => {
  it.each(ROWS)("$name", ({ raw, want }) => {
    const t = read(raw);
    expect(pick(t, Object.keys(want))).toEqual(want);
    expect(Object.isFrozen(t)).toBe(true);
  });

  it("reads an empty map into every field's absent value", () => {
    expect({ ...read({}) }).toEqual({
      required: false, sparse: false, uniqueItems: false, idempotencyToken: false, idempotent: false, readonly: false, sensitive: false,
      streaming: false, requiresLength: false, hasDefault: false, addedDefault: false, clientOptional: false, input: false, output: false,
      mixin: false, httpLabel: false, httpQueryParams: false, httpPayload: false, httpResponseCode: false, eventHeader: false,
      eventPayload: false, hostLabel: false, protocols: [],
    });
    expect({ ...NO_TRAITS }).toEqual({ ...read({}) });
  });

  it("keeps traits it does not read reachable through unreadTraits only, by id, sorted", () => {
    const t = read({ "aws.api#arn": { template: "thing/{id}" }, [`${A}length`]: { max: 2 }, [`${A}title`]: "Things", "aws.protocols#awsJson1_1": {} });
    expect(Object.keys(t)).not.toContain("raw");
    expect([...unreadTraits(t)]).toEqual([
      ["aws.api#arn", { template: "thing/{id}" }],
      [`${A}title`, "Things"],
    ]);
  });

  it("merges a member's traits over its target's (the member's win, trait by trait)", () => {
    const target = read({ [`${A}length`]: { min: 1, max: 9 }, [`${A}documentation`]: "target", [`${A}jsonName`]: "t" });
    const member = read({ [`${A}length`]: { max: 3 }, [`${A}required`]: {}, [`${A}jsonName`]: "m" });
    const merged = mergeTraits(target, member, SITE);
    expect(pick(merged, ["length", "documentation", "required", "jsonName"])).toEqual({ length: { max: 3 }, documentation: "target", required: true, jsonName: "m" });
  });
});

describe("through the loader", () => {
  const model = loadModelText(
    JSON.stringify({
      smithy: "2.0",
      shapes: {
        "ex#Svc": {
          type: "service",
          version: "2024-06-01",
          resources: [{ target: "ex#Thing" }],
          rename: { "ex#Name": "ThingName" },
          traits: {
            "aws.protocols#awsJson1_0": { http: ["http/1.1"] },
            "aws.protocols#awsJson1_1": {},
            "aws.api#service": { sdkId: "Things", arnNamespace: "things" },
            "aws.auth#sigv4": { name: "things" },
          },
        },
        "ex#Thing": {
          type: "resource",
          identifiers: { thingId: { target: "ex#Id" } },
          properties: { name: { target: "ex#Name" } },
          create: { target: "ex#CreateThing" },
          read: { target: "ex#GetThing" },
          delete: { target: "ex#DeleteThing" },
          list: { target: "ex#ListThings" },
          operations: [{ target: "ex#PokeThing" }],
          collectionOperations: [{ target: "ex#CountThings" }],
          resources: [{ target: "ex#Part" }],
        },
        "ex#Part": { type: "resource", identifiers: { thingId: { target: "ex#Id" }, partId: { target: "ex#Id" } }, read: { target: "ex#GetPart" } },
        "ex#Id": { type: "string" },
        "ex#Name": { type: "string" },
        ...Object.fromEntries(["CreateThing", "GetThing", "DeleteThing", "ListThings", "PokeThing", "CountThings", "GetPart"].map((n) => [`ex#${n}`, { type: "operation" }])),
      },
    }),
    "things.json",
  );
  const service = selectService(model);

  it("resolves a resource's identifiers, properties, lifecycle and other operations, and child resources to shapes", () => {
    const thing = model.shapes.get("ex#Thing") as ResourceShape;
    const op = (n: string) => model.shapes.get(`ex#${n}`);
    expect(thing.kind).toBe("resource");
    expect([...thing.identifiers].map(([n, s]) => [n, s.id])).toEqual([["thingId", "ex#Id"]]);
    expect(thing.identifiers.get("thingId")).toBe(model.shapes.get("ex#Id"));
    expect([...thing.properties.keys()]).toEqual(["name"]);
    expect([thing.create, thing.read, thing.delete, thing.list]).toEqual([op("CreateThing"), op("GetThing"), op("DeleteThing"), op("ListThings")]);
    expect(thing.create).toBe(op("CreateThing"));
    expect([thing.put, thing.update]).toEqual([undefined, undefined]);
    expect(thing.operations.map((o) => o.name)).toEqual(["PokeThing"]);
    expect(thing.collectionOperations.map((o) => o.name)).toEqual(["CountThings"]);
    expect(thing.resources).toEqual([model.shapes.get("ex#Part")]);
    expect([...thing.resources[0]!.identifiers.keys()]).toEqual(["thingId", "partId"]);
    expect(service.resources).toEqual([thing]);
    expect(Object.isFrozen(thing)).toBe(true);
  });

  it("binds every operation of the resources to the service", () => {
    expect(service.operations.map((o) => o.name)).toEqual(["CountThings", "CreateThing", "DeleteThing", "GetPart", "GetThing", "ListThings", "PokeThing"]);
  });

  it("reads the service through typed fields: protocol, protocol traits, aws.api#service, sigv4, version, rename", () => {
    expect({
      protocol: service.protocol,
      protocols: service.traits.protocols.map((p) => [p.name, p.http]),
      sdkId: service.sdkId,
      endpointPrefix: service.endpointPrefix,
      awsService: service.traits.awsService,
      sigv4: service.traits.sigv4,
      version: service.version,
      rename: service.rename,
    }).toEqual({
      protocol: "awsJson1_1",
      protocols: [["awsJson1_0", ["http/1.1"]], ["awsJson1_1", []]],
      sdkId: "Things",
      endpointPrefix: "things",
      awsService: { sdkId: "Things", arnNamespace: "things" },
      sigv4: { name: "things" },
      version: "2024-06-01",
      rename: { "ex#Name": "ThingName" },
    });
    expect(closure(model, service).service).toBe(service);
  });
});

const RESTJSON1_DIR = fileURLToPath(new URL("../../../shared/models/aws-restjson1/", import.meta.url));

/** Every real model: the awsJson corpus and the restJson1 one (which the loader still refuses as a whole). */
function realModels(): string[] {
  const missing = [CORPUS_DIR, RESTJSON1_DIR].filter((d) => !existsSync(d));
  if (missing.length > 0) {
    const line = `traits corpus: ${missing.join(", ")} absent; the sweep cannot run and does not count as passed`;
    console.log(line);
    throw new Error(line);
  }
  return [CORPUS_DIR, RESTJSON1_DIR].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".json")).sort().map((f) => join(d, f)));
}

describe("every trait of every real model", () => {
  it("reads without error, and each trait no field holds is listed", () => {
    const unread = new Map<string, number>();
    let maps = 0;
    const files = realModels();
    for (const file of files) {
      const ast = JSON.parse(readFileSync(file, "utf8")) as { shapes: Record<string, Record<string, unknown>> };
      for (const [id, def] of Object.entries(ast.shapes)) {
        const sites: [string, unknown, string][] = [[id, def.traits, `/shapes/${id}/traits`]];
        for (const key of ["members"] as const) {
          const members = def[key];
          if (members && typeof members === "object") {
            for (const [n, m] of Object.entries(members as Record<string, { traits?: unknown }>)) sites.push([`${id}$${n}`, m.traits, `/shapes/${id}/members/${n}/traits`]);
          }
        }
        for (const k of ["member", "key", "value"]) {
          const m = def[k] as { traits?: unknown } | undefined;
          if (m) sites.push([`${id}$${k}`, m.traits, `/shapes/${id}/${k}/traits`]);
        }
        for (const [shapeId, raw, pointer] of sites) {
          if (raw === undefined) continue;
          const t = readTraits(raw as Record<string, unknown>, { file: basename(file), shapeId, pointer });
          maps++;
          for (const traitId of unreadTraits(t).keys()) unread.set(traitId, (unread.get(traitId) ?? 0) + 1);
        }
      }
    }
    expect(maps).toBeGreaterThan(1000);
    // The protocol-facing traits are all read: none of them may show up here.
    const protocolFacing = [...unread.keys()].filter((t) => /^smithy\.api#(http|json|media|timestamp|paginated|idempotency|streaming|endpoint|host)/.test(t));
    expect(protocolFacing).toEqual([]);
    console.log(`traits corpus: ${files.length} models, ${maps} trait maps; traits no field holds: ${[...unread].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, n]) => `${t} (${n})`).join(", ")}`);
  });
});
