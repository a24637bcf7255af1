/**
 * The DynamoDB mock of the contract properties (tests/contract/dynamodb.test.ts), built in memory
 * from AWS's model as `smithy-contract serve` builds it: `buildMockData` gives exactly the contract
 * and output arbitraries a generated `msw.ts` feeds `createServiceMock`, `interpretArbitraries` the
 * pairs a generated `arbitraries.ts` exports. Plus the real `DynamoDBClient` pointed at msw, the
 * wire constants of awsJson1_0, and two helpers of the comparisons: `plain` (values as data
 * `toStrictEqual` compares whatever their keys) and `protoKeys` (the draws the installed SDK
 * cannot read).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_0-protocol.html
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { ValidateFunction } from "ajv";
import { createAjv } from "smithy-contract/runtime";
import { exhaustiveArbitraries, type ExhaustiveArbitraries as ServiceArbitraries } from "../../../runtime/data/exhaustive.ts";
import { buildMockData } from "../../../codegen/contract/mock-data.ts";
import { closure, selectService, type Closure } from "../../../codegen/model/closure.ts";
import type { Shape } from "../../../codegen/model/shapes.ts";
import { loadModelFile } from "../../../codegen/model/load.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { createServiceMock, type ServiceMock } from "../../../runtime/msw/index.ts";
import { CORPUS_DIR } from "../../support/corpus.ts";
import { post as postRaw } from "../../runtime/msw/fixtures/setup.ts";
import type { RawAnswer } from "./setup.ts";

export const DYNAMODB_MODEL = join(CORPUS_DIR, "dynamodb-2012-08-10.json");
/** The default AWS endpoint the client calls in us-east-1 (the mock answers it without options). */
export const DDB_URL = "https://dynamodb.us-east-1.amazonaws.com/";
export const JSON_10 = "application/x-amz-json-1.0";
/** The `X-Amz-Target` of an operation: the service shape's name, a dot, the operation's. */
export const targetOf = (operation: string): string => `DynamoDB_20120810.${operation}`;

export interface DynamoDb {
  readonly closure: Closure;
  readonly contract: ServiceContract;
  /** The untyped service mock (what a generated msw.ts makes, without its types). */
  readonly service: ServiceMock;
  /** Each operation's input, output and errors as `{ pair, wire, sdk }`. */
  readonly operations: ServiceArbitraries["operations"];
}

/**
 * The DynamoDB mock and arbitraries, or undefined (after printing one line) when the reference
 * models are absent: the test file then registers one failing test instead of its properties.
 */
export function loadDynamoDb(): DynamoDb | undefined {
  if (!existsSync(DYNAMODB_MODEL)) {
    console.log(`contract (DynamoDB): ${DYNAMODB_MODEL} is absent; the DynamoDB contract properties cannot run and do not count as passed`);
    return undefined;
  }
  const model = loadModelFile(DYNAMODB_MODEL);
  const c = closure(model, selectService(model));
  const { contract, outputs } = buildMockData(c);
  return { closure: c, contract, service: createServiceMock(contract, { outputs }), operations: exhaustiveArbitraries(contract).operations };
}

/** The real SDK client: default AWS endpoint, fake credentials, no retries (a 500 must not be retried). */
export function dynamoDbClient(): DynamoDBClient {
  return new DynamoDBClient({ region: "us-east-1", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1 });
}

/** POSTs `body` as operation `operation`, exactly as given, to the default endpoint. */
export async function postDynamoDb(operation: string, body: string): Promise<RawAnswer> {
  return postRaw(body, { url: DDB_URL, target: targetOf(operation), contentType: JSON_10 });
}

/** The strict validator of a wire schema of the contract (the project's ajv, as the mock validates answers). */
export function strictValidator(): (schema: object) => ValidateFunction {
  const ajv = createAjv();
  const compiled = new Map<object, ValidateFunction>();
  return (schema) => {
    let validate = compiled.get(schema);
    if (validate === undefined) compiled.set(schema, (validate = ajv.compile(schema)));
    return validate;
  };
}

/**
 * Where a wire value holds `__proto__` as a map key: directly in an AttributeValue's `M`, or
 * elsewhere ("top": an AttributeMap such as `Item`, a map keyed by table name, ...). The installed
 * SDK mishandles both (the "SDK canary" test of dynamodb.test.ts pins how), and real DynamoDB may return either; the
 * mock serves them correctly. D3 and D5 leave out the draws the SDK cannot read, by these tests
 * only, and the canary fails once the SDK reads them, so the exclusion can go:
 * - "top", outputs and errors: @smithy/core 3.41.1 reads maps whose values need converting in
 *   place (`JsonShapeDeserializer2._read`) and for this key calls `writeKey(map)`, which redefines
 *   the own property with value `undefined`, before it reads `map[k]`: the caller gets
 *   `{ __proto__: undefined }`.
 * - "M", errors only: the error members' reading (`AwsJsonRpcProtocol.handleError` →
 *   `DynamoDBJsonShapeDeserializer2.readAttributeValue`, @aws-sdk/dynamodb-codec 3.973.58) throws
 *   `TypeError: Cannot read properties of undefined (reading 'B')`, so the caller gets a
 *   deserialization error instead of the modeled exception. Outputs read it right.
 */
export function protoKeys(value: unknown, parentKey?: string): ("top" | "M")[] {
  if (Array.isArray(value)) return value.flatMap((v) => protoKeys(v));
  if (typeof value !== "object" || value === null) return [];
  return Object.keys(value).flatMap((k) => [
    ...(k === "__proto__" ? [parentKey === "M" ? ("M" as const) : ("top" as const)] : []),
    ...protoKeys((value as Record<string, unknown>)[k], k),
  ]);
}

/**
 * `value` as data `toStrictEqual` compares whatever its keys: every object as its class and its
 * entries sorted by key, so Dates (to the millisecond), Uint8Arrays and plain objects are told
 * apart and a map key named `constructor` (which vitest's type check would read instead of the
 * class) is just a key. Undefined members stay (present with `undefined` ≠ absent).
 */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return { Date: value.getTime() };
  if (ArrayBuffer.isView(value)) return { [classOf(value)]: Array.from(value as Uint8Array) };
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { [classOf(value)]: entries.map(([k, v]) => [k, plain(v)]) };
}

/** The class name of an object, read from its prototype (never from an own `constructor` key). */
function classOf(value: object): string {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return proto === null ? "null" : (proto.constructor?.name ?? "?");
}

/**
 * `sdk` (an operation's output in SDK form) with the `@default` of every structure member it leaves
 * out, read from the model's shapes here — not by the runtime under test — as a server sends them
 * (Smithy servers serialize defaults; DynamoDB's Query answers `Count: 0` and `ScannedCount: 0`).
 */
export function withModelDefaults(closure: Closure, operation: string, sdk: unknown): unknown {
  const op = closure.operations.find((o) => o.name === operation)!;
  const fill = (value: unknown, shape: Shape): unknown => {
    if (shape.kind === "structure" && typeof value === "object" && value !== null && !Array.isArray(value)) {
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const m of shape.members) {
        if (out[m.name] !== undefined) out[m.name] = fill(out[m.name], m.target);
        else if (m.effective.hasDefault && m.effective.default !== null && ["byte", "short", "integer", "long", "float", "double", "boolean", "string", "enum"].includes(m.target.kind)) out[m.name] = m.effective.default;
      }
      return out;
    }
    if (shape.kind === "list" && Array.isArray(value)) return value.map((v) => fill(v, shape.member.target));
    return value;
  };
  return fill(sdk, op.output);
}
