/**
 * Every schema emitted for every real AWS model in ../shared/models/aws/ and
 * ../shared/models/aws-restjson1/ (all operations; for restJson1 the per-part files too) compiles
 * in ajv's strict mode, and so does every schema of our default model. When a folder is absent the
 * tests say so in one line and fail.
 */
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { emitJsonSchemas } from "../../../codegen/emit/json-schema/index.ts";
import type { GeneratedFile } from "../../../codegen/emit/file.ts";
import { closure, selectService } from "../../../codegen/model/closure.ts";
import type { Closure } from "../../../codegen/model/closure.ts";
import type { Shape } from "../../../codegen/model/shapes.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { createAjv } from "../../../runtime/validation/ajv.ts";
import { CTX } from "./fragment.ts";

const DIR = new URL("../../../../shared/models/aws/", import.meta.url);
const RESTJSON1_DIR = new URL("../../../../shared/models/aws-restjson1/", import.meta.url);
const OURS = new URL("../../../model/personalize.json", import.meta.url);
const present = existsSync(DIR);
const MISSING = `reference models not found at ${fileURLToPath(DIR)}: the JSON Schema corpus test cannot run, so it fails`;
if (!present) console.log(MISSING);
const restPresent = existsSync(RESTJSON1_DIR);
const MISSING_RESTJSON1 = `restJson1 reference models not found at ${fileURLToPath(RESTJSON1_DIR)}: their JSON Schema corpus test cannot run, so it fails`;
if (!restPresent) console.log(MISSING_RESTJSON1);
const models = present ? readdirSync(DIR).filter((f) => f.endsWith(".json")).sort() : [];
const restModels = restPresent ? readdirSync(RESTJSON1_DIR).filter((f) => f.endsWith(".json")).sort() : [];

/**
 * The per-part files a restJson1 closure should have, counted from the binding traits themselves
 * (an oracle apart from the builder): per served operation, labels / query / headers / body of the
 * input where it binds something there (the query also for literals in the URI), the output's
 * headers where bound and its body always; per error, its headers where bound and its body.
 */
function expectedParts(c: Closure): number {
  if (c.service.protocol !== "restJson1") return 0;
  const unsupported = new Set(c.unsupported.map((u) => u.operation));
  const members = (s: Shape) => (s.kind === "structure" ? s.members : []);
  const headers = (s: Shape) => members(s).some((m) => m.traits.httpHeader !== undefined || m.traits.httpPrefixHeaders !== undefined);
  let n = 0;
  for (const op of c.operations) {
    if (unsupported.has(op.name)) continue;
    const input = members(op.input);
    const elsewhere = (m: (typeof input)[number]) =>
      m.traits.httpLabel || m.traits.httpQuery !== undefined || m.traits.httpQueryParams || m.traits.httpHeader !== undefined || m.traits.httpPrefixHeaders !== undefined;
    if (input.some((m) => m.traits.httpLabel)) n++;
    if (input.some((m) => m.traits.httpQuery !== undefined || m.traits.httpQueryParams) || (op.traits.http?.uri.includes("?") ?? false)) n++;
    if (headers(op.input)) n++;
    if (input.some((m) => !elsewhere(m))) n++;
    if (headers(op.output)) n++;
    n++;
  }
  for (const e of c.errors) n += headers(e) ? 2 : 1;
  return n;
}

function emitAll(file: string, operations?: string[]): { files: GeneratedFile[]; expected: number } {
  const model = loadModelFile(file);
  const c = closure(model, selectService(model), operations);
  const served = c.operations.length - c.unsupported.length;
  return { files: emitJsonSchemas(c, CTX), expected: 2 * served + c.errors.length + expectedParts(c) };
}

/** Compiles every file on one strict instance; returns the failures as `path: message`. */
function compileAll(files: readonly GeneratedFile[]): string[] {
  const ajv = createAjv();
  const problems: string[] = [];
  for (const f of files) {
    try {
      ajv.compile(JSON.parse(f.contents) as object);
    } catch (e) {
      problems.push(`${f.path}: ${(e as Error).message}`);
    }
  }
  return problems;
}

/** Every `default` of a structure member, checked against the member's own schema; returns the misfits. */
function misfitDefaults(files: readonly GeneratedFile[]): string[] {
  const ajv = createAjv();
  const misfits: string[] = [];
  let count = 0;
  for (const f of files) {
    const doc = JSON.parse(f.contents) as { $id: string; $defs?: Record<string, { properties?: Record<string, { default?: unknown }> }> };
    ajv.addSchema(doc);
    for (const [key, def] of Object.entries(doc.$defs ?? {})) {
      for (const [name, member] of Object.entries(def.properties ?? {})) {
        if (!("default" in member)) continue;
        count++;
        const validate = ajv.getSchema(`${doc.$id}#/$defs/${key}/properties/${name}`);
        if (!validate?.(member.default)) misfits.push(`${f.path} ${key}.${name}: ${JSON.stringify(member.default)}`);
      }
    }
  }
  return count > 0 ? misfits : ["no defaults found"];
}

const withoutStamp = (f: GeneratedFile) => {
  const { $comment: _stamp, ...rest } = JSON.parse(f.contents) as Record<string, unknown>;
  return { path: f.path, schema: rest };
};

describe("JSON Schema corpus", () => {
  it("has the reference models", () => {
    if (!present) expect.fail(MISSING);
    expect(models.length).toBeGreaterThan(0);
  });

  it.each(models)("%s: every schema compiles in ajv strict mode", (name) => {
    const { files, expected } = emitAll(fileURLToPath(new URL(name, DIR)));
    console.log(`${name}: ${files.length} schemas`);
    expect(files.length).toBe(expected);
    expect(compileAll(files)).toEqual([]);
  });

  it("has the restJson1 reference models", () => {
    if (!restPresent) expect.fail(MISSING_RESTJSON1);
    expect(restModels.length).toBeGreaterThan(0);
  });

  it.each(restModels)("%s: every schema, document and per-part, compiles in ajv strict mode", (name) => {
    const { files, expected } = emitAll(fileURLToPath(new URL(name, RESTJSON1_DIR)));
    const parts = files.filter((f) => /\.(input|output|error)\.(labels|query|headers|body)\.schema\.json$/.test(f.path));
    console.log(`${name}: ${files.length} schemas (${parts.length} per-part)`);
    expect(parts.length).toBeGreaterThan(0);
    expect(files.length).toBe(expected);
    expect(compileAll(files)).toEqual([]);
  });

  it("lambda: the event-stream and streaming-blob operations get no schema, document or per-part", () => {
    if (!restPresent) expect.fail(MISSING_RESTJSON1);
    const { files } = emitAll(fileURLToPath(new URL("lambda-2015-03-31.json", RESTJSON1_DIR)));
    expect(files.filter((f) => /\/(InvokeAsync|InvokeWithResponseStream)\./.test(f.path))).toEqual([]);
    expect(files.filter((f) => f.path.startsWith("schemas/Invoke.")).map((f) => f.path)).toEqual([
      "schemas/Invoke.input.body.schema.json",
      "schemas/Invoke.input.headers.schema.json",
      "schemas/Invoke.input.labels.schema.json",
      "schemas/Invoke.input.query.schema.json",
      "schemas/Invoke.input.schema.json",
      "schemas/Invoke.output.body.schema.json",
      "schemas/Invoke.output.headers.schema.json",
      "schemas/Invoke.output.schema.json",
    ]);
  });

  it.each(["personalize-2018-05-22.json", "dynamodb-2012-08-10.json", "sso-admin-2020-07-20.json", "b2bi-2022-06-23.json"])(
    "%s: every @default, in wire form, passes its member's schema",
    (name) => {
      if (!present) expect.fail(MISSING);
      expect(misfitDefaults(emitAll(fileURLToPath(new URL(name, DIR))).files)).toEqual([]);
    },
  );

  it("model/personalize.json: every schema compiles, and its DescribeDatasetImportJob schemas equal the real model's", () => {
    if (!present) expect.fail(MISSING);
    const ours = emitAll(fileURLToPath(OURS));
    console.log(`model/personalize.json: ${ours.files.length} schemas`);
    expect(compileAll(ours.files)).toEqual([]);
    const op = ["DescribeDatasetImportJob"];
    const mine = emitAll(fileURLToPath(OURS), op).files.map(withoutStamp);
    const real = emitAll(fileURLToPath(new URL("personalize-2018-05-22.json", DIR)), op).files.map(withoutStamp);
    expect(mine).toEqual(real);
  });

  it("kinesis: the event-stream operation gets no schema", () => {
    if (!present) expect.fail(MISSING);
    const { files } = emitAll(fileURLToPath(new URL("kinesis-2013-12-02.json", DIR)));
    expect(files.filter((f) => f.path.includes("SubscribeToShard."))).toEqual([]);
    expect(files.some((f) => f.path === "schemas/PutRecord.input.schema.json")).toBe(true);
  });

  it("dynamodb: the recursive AttributeValue union validates nested values and rejects two members at once", () => {
    if (!present) expect.fail(MISSING);
    const { files } = emitAll(fileURLToPath(new URL("dynamodb-2012-08-10.json", DIR)), ["PutItem"]);
    const input = files.find((f) => f.path === "schemas/PutItem.input.schema.json");
    if (!input) return expect.fail("no PutItem input schema");
    const validate = createAjv().compile(JSON.parse(input.contents) as object);
    const item = { id: { S: "1" }, doc: { M: { list: { L: [{ N: "1" }, { B: "AAE=" }, { NULL: true }, { M: {} }] } } } };
    expect(validate({ TableName: "t", Item: item })).toBe(true);
    expect(validate({ TableName: "t", Item: { id: { S: "1", N: "1" }, bad: { M: { x: { B: "not base64!" } } }, none: {} } })).toBe(false);
    expect(validate.errors?.map((e) => [e.keyword, e.instancePath])).toEqual([
      ["maxProperties", "/Item/id"],
      ["pattern", "/Item/bad/M/x/B"],
      ["minProperties", "/Item/none"],
    ]);
  });
});
