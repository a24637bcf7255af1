/**
 * Holds our hand-written default model (model/personalize.json) to AWS's real Personalize model:
 * the closure of DescribeDatasetImportJob must agree shape by shape, member by member and trait by
 * trait (documentation and other descriptive traits aside), and our prose must be our own.
 *
 * The comparison functions are tested first on tiny hand-made graphs with known differences, so a
 * failure of the real comparison means the models differ, not that the comparison is broken.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import type { Closure } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import type {
  EnumShape,
  Member,
  Model,
  OperationShape,
  Protocol,
  ServiceShape,
  Shape,
  SimpleKind,
  SimpleShape,
  StructureShape,
} from "../../codegen/model/shapes.ts";
import { mergeTraits, readTraits } from "../../codegen/model/traits.ts";
import { compareClosures, IGNORED_TRAITS } from "./compare-closures.ts";
import { copiedDocs, docsOf } from "./copied-docs.ts";

/** The operations of our model: a dataset import job created, followed through its lifecycle, and listed. */
const OPERATIONS = ["CreateDatasetImportJob", "DescribeDatasetImportJob", "ListDatasetImportJobs"];
const OUR_FILE = new URL("../../model/personalize.json", import.meta.url);
const REF_DIR = new URL("../../../shared/models/aws/", import.meta.url);
const REF_FILE = new URL("personalize-2018-05-22.json", REF_DIR);
const REF_MISSING = `reference models not found at ${fileURLToPath(REF_DIR)}: model/personalize.json cannot be checked against the real Personalize model, so these tests fail`;
const refPresent = existsSync(REF_DIR);
if (!refPresent) console.log(REF_MISSING);

interface Loaded {
  readonly model: Model;
  readonly closure: Closure;
}

function load(file: URL): Loaded {
  const model = loadModelFile(fileURLToPath(file));
  return { model, closure: closure(model, selectService(model), OPERATIONS) };
}

let oursLoaded: Loaded | undefined;
let refLoaded: Loaded | undefined;
const ours = (): Loaded => (oursLoaded ??= load(OUR_FILE));
const reference = (): Loaded => {
  if (!refPresent) expect.fail(REF_MISSING);
  return (refLoaded ??= load(REF_FILE));
};

// ---------------------------------------------------------------------------------------------
// Tiny hand-made graphs: built directly (not through the loader) so these tests check the
// comparison alone.

const NS = "ex.tiny";
type Raw = Record<string, unknown>;
const site = { file: "tiny", shapeId: "", pointer: "" };
const traits = (raw: Raw = {}) => readTraits(raw, site);

function simple(name: string, kind: SimpleKind, raw: Raw = {}, namespace = NS): SimpleShape {
  return { id: `${namespace}#${name}`, name, namespace, kind, traits: traits(raw) };
}

function enumOf(name: string, values: Record<string, string>, raw: Raw = {}): EnumShape {
  const members = Object.entries(values).map(([n, value]) => ({ name: n, value, traits: traits({ "smithy.api#enumValue": value }) }));
  return { id: `${NS}#${name}`, name, namespace: NS, kind: "enum", traits: traits(raw), members };
}

function struct(name: string, members: Record<string, [Shape, Raw?]>, raw: Raw = {}): StructureShape {
  const id = `${NS}#${name}`;
  const built = Object.entries(members).map(([n, [target, own = {}]]): Member => {
    const t = traits(own);
    return { kind: "member", id: `${id}$${n}`, name: n, containerId: id, target, traits: t, effective: mergeTraits(target.traits, t, site) };
  });
  return { id, name, namespace: NS, kind: "structure", traits: traits(raw), members: built };
}

interface TinySpec {
  readonly protocol: Protocol;
  readonly endpointPrefix: string;
  readonly operationTraits: Raw;
  readonly name: Raw;
  readonly modeValues: Record<string, string>;
  readonly countKind: SimpleKind;
  /** The extra members of Thing besides name, mode and count. */
  readonly thingExtras: Record<string, [Shape, Raw?]>;
  readonly nameRequired: boolean;
  readonly oopsStatus: number;
  readonly docs: string;
}

/** A service with one operation GetThing whose closure has a handful of shapes. */
function tiny(spec: TinySpec): Closure {
  const doc = { "smithy.api#documentation": spec.docs };
  const str = simple("String", "string", {}, "smithy.api");
  const name = simple("Name", "string", { ...spec.name, ...doc });
  const mode = enumOf("Mode", spec.modeValues);
  const count = simple("Count", spec.countKind, { "smithy.api#range": { min: 0 } });
  const thing = struct(
    "Thing",
    {
      name: [name, spec.nameRequired ? { "smithy.api#required": {}, ...doc } : doc],
      mode: [mode],
      count: [count],
      ...spec.thingExtras,
    },
    doc,
  );
  const oops = struct("Oops", { message: [str] }, { "smithy.api#error": "client", "smithy.api#httpError": spec.oopsStatus, ...doc });
  const input = struct("GetThingInput", { thing: [thing] }, { "smithy.api#input": {} });
  const output = struct("GetThingOutput", { thing: [thing] }, { "smithy.api#output": {} });
  const op: OperationShape = {
    id: `${NS}#GetThing`, name: "GetThing", namespace: NS, kind: "operation",
    traits: traits({ ...spec.operationTraits, ...doc }), input, output, errors: [oops],
  };
  const service: ServiceShape = {
    id: `${NS}#Tiny`, name: "Tiny", namespace: NS, kind: "service", version: "2024-01-01", sdkId: "Tiny", endpointPrefix: "tiny",
    protocol: spec.protocol, operations: [op], errors: [], resources: [], rename: {},
    traits: traits({
      "aws.api#service": { sdkId: "Tiny", arnNamespace: "tiny", endpointPrefix: spec.endpointPrefix },
      "aws.auth#sigv4": { name: "tiny" },
      ...doc,
    }),
  };
  const shapes = [str, name, mode, count, thing, oops, input, output, op, service, ...Object.values(spec.thingExtras).map(([s]) => s)];
  const model: Model = { file: "tiny", sha256: "", smithyVersion: "2.0", shapes: new Map(shapes.map((s) => [s.id, s])), services: [service] };
  return closure(model, service, ["GetThing"]);
}

const when = simple("When", "timestamp", { "smithy.api#timestampFormat": "date-time" });
const extra = simple("Extra", "string");

const REFERENCE_SPEC: TinySpec = {
  protocol: "awsJson1_1",
  endpointPrefix: "tiny",
  operationTraits: { "smithy.api#idempotent": {} },
  name: { "smithy.api#length": { min: 1, max: 63 }, "smithy.api#pattern": "^[a-z]+$" },
  modeValues: { A: "a", B: "b" },
  countKind: "integer",
  thingExtras: { when: [when] },
  nameRequired: true,
  oopsStatus: 400,
  docs: "<p>Words from the reference.</p>",
};

describe("compareClosures", () => {
  it("names each difference between two closures, and nothing else", () => {
    const ourSide = tiny({
      protocol: "awsJson1_0",
      endpointPrefix: "tiny-api",
      operationTraits: { "smithy.api#readonly": {} },
      // Same constraints written in another key order: only max differs.
      name: { "smithy.api#pattern": "^[a-z]+$", "smithy.api#length": { max: 64, min: 1 } },
      modeValues: { A: "a", C: "c" },
      countKind: "long",
      thingExtras: { extra: [extra] },
      nameRequired: false,
      oopsStatus: 404,
      docs: "<p>Our own words, which must not count as a difference.</p>",
    });
    expect(compareClosures(ourSide, tiny(REFERENCE_SPEC))).toEqual([
      'ex.tiny#Tiny: protocol differs: ours "awsJson1_0" vs reference "awsJson1_1"',
      'ex.tiny#Tiny: aws.api#service endpointPrefix differs: ours "tiny-api" vs reference "tiny"',
      "ex.tiny#GetThing: idempotent differs: ours absent vs reference true",
      "ex.tiny#GetThing: readonly differs: ours true vs reference absent",
      'ex.tiny#Count: kind differs: ours "long" vs reference "integer"',
      "ex.tiny#Extra: shape only in ours (a string)",
      'ex.tiny#Mode$B: enum member missing in ours (reference value "b")',
      'ex.tiny#Mode$C: enum member only in ours (value "c")',
      'ex.tiny#Name: length differs: ours {"min":1,"max":64} vs reference {"min":1,"max":63}',
      "ex.tiny#Oops: httpError differs: ours 404 vs reference 400",
      "ex.tiny#Thing$extra: member only in ours (targets ex.tiny#Extra)",
      "ex.tiny#Thing$name: required differs: ours absent vs reference true",
      "ex.tiny#Thing$when: member missing in ours (reference targets ex.tiny#When)",
      "ex.tiny#When: shape missing in ours (reference has a timestamp)",
    ]);
  });

  it("finds no difference between a closure and itself, or one that differs only in documentation", () => {
    expect(compareClosures(tiny(REFERENCE_SPEC), tiny(REFERENCE_SPEC))).toEqual([]);
    expect(compareClosures(tiny({ ...REFERENCE_SPEC, docs: "<p>Other prose.</p>" }), tiny(REFERENCE_SPEC))).toEqual([]);
  });

  it("ignores exactly the descriptive traits", () => {
    expect([...IGNORED_TRAITS].sort()).toEqual([
      "smithy.api#documentation",
      "smithy.api#examples",
      "smithy.api#externalDocumentation",
      "smithy.api#since",
      "smithy.api#suppress",
      "smithy.api#tags",
      "smithy.api#title",
    ]);
  });
});

describe("copiedDocs", () => {
  const reference = new Map([["r#Z", "The   Amazon Resource Name (ARN) of the <b>dataset import</b> job, as given."]]);

  it("reports a shared passage of the minimum length, ignoring tags, spacing and case", () => {
    const ourDocs = new Map([
      ["a#X", "<p>the amazon resource name (ARN) of the dataset import job.</p>"],
      ["a#Y", "<p>The ARN, in words of our own choosing.</p>"],
    ]);
    expect(copiedDocs(ourDocs, reference)).toEqual([
      'a#X: documentation shares a 40-character passage with the reference\'s r#Z: "the amazon resource name (arn) of the da"',
    ]);
  });

  it("lets a shorter shared phrase pass", () => {
    expect(copiedDocs(new Map([["a#X", "<p>Amazon Resource Name (ARN)</p>"]]), reference)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The real thing.

describe("model/personalize.json", () => {
  it("defines the Personalize service with its dataset import job operations and the closure we mean", () => {
    const { closure: c } = ours();
    expect([c.service.id, c.service.version, c.service.sdkId, c.service.protocol]).toEqual([
      "com.amazonaws.personalize#AmazonPersonalize",
      "2018-05-22",
      "Personalize",
      "awsJson1_1",
    ]);
    expect(c.service.operations.map((o) => o.name)).toEqual(OPERATIONS);
    expect(c.shapes.map((s) => `${s.id} ${s.kind}`)).toEqual([
      "com.amazonaws.personalize#Arn string",
      "com.amazonaws.personalize#Boolean boolean",
      "com.amazonaws.personalize#CreateDatasetImportJobRequest structure",
      "com.amazonaws.personalize#CreateDatasetImportJobResponse structure",
      "com.amazonaws.personalize#DataSource structure",
      "com.amazonaws.personalize#DatasetImportJob structure",
      "com.amazonaws.personalize#DatasetImportJobSummary structure",
      "com.amazonaws.personalize#DatasetImportJobs list",
      "com.amazonaws.personalize#Date timestamp",
      "com.amazonaws.personalize#DescribeDatasetImportJobRequest structure",
      "com.amazonaws.personalize#DescribeDatasetImportJobResponse structure",
      "com.amazonaws.personalize#ErrorMessage string",
      "com.amazonaws.personalize#FailureReason string",
      "com.amazonaws.personalize#ImportMode enum",
      "com.amazonaws.personalize#InvalidInputException structure",
      "com.amazonaws.personalize#InvalidNextTokenException structure",
      "com.amazonaws.personalize#LimitExceededException structure",
      "com.amazonaws.personalize#ListDatasetImportJobsRequest structure",
      "com.amazonaws.personalize#ListDatasetImportJobsResponse structure",
      "com.amazonaws.personalize#MaxResults integer",
      "com.amazonaws.personalize#Name string",
      "com.amazonaws.personalize#NextToken string",
      "com.amazonaws.personalize#ResourceAlreadyExistsException structure",
      "com.amazonaws.personalize#ResourceInUseException structure",
      "com.amazonaws.personalize#ResourceNotFoundException structure",
      "com.amazonaws.personalize#RoleArn string",
      "com.amazonaws.personalize#S3Location string",
      "com.amazonaws.personalize#Status string",
      "com.amazonaws.personalize#Tag structure",
      "com.amazonaws.personalize#TagKey string",
      "com.amazonaws.personalize#TagValue string",
      "com.amazonaws.personalize#Tags list",
      "com.amazonaws.personalize#TooManyTagsException structure",
    ]);
    expect(c.errors.map((e) => `${e.name} ${e.traits.error} ${e.traits.httpError}`)).toEqual([
      "InvalidInputException client 400",
      "InvalidNextTokenException client 400",
      "LimitExceededException client 409",
      "ResourceAlreadyExistsException client 403",
      "ResourceInUseException client 409",
      "ResourceNotFoundException client 404",
      "TooManyTagsException client 400",
    ]);
  });

  it("agrees with the real model on every shape, member, target and non-descriptive trait, the operation and the service", () => {
    const diffs = compareClosures(ours().closure, reference().closure);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });

  it("documents the status lifecycle", () => {
    const job = ours().model.shapes.get("com.amazonaws.personalize#DatasetImportJob");
    const status = job?.kind === "structure" ? job.members.find((m) => m.name === "status") : undefined;
    const doc = status?.traits.documentation ?? "";
    const states = ["CREATE PENDING", "CREATE IN_PROGRESS", "ACTIVE", "CREATE FAILED"];
    expect(states.filter((s) => !doc.includes(s))).toEqual([]);
  });

  it("is documented in our own words, not copied from the real model", () => {
    const ourDocs = docsOf(ours().model);
    // Every structure, member and operation of ours carries prose (the error messages aside).
    expect(ourDocs.size).toBeGreaterThanOrEqual(20);
    const copied = copiedDocs(ourDocs, docsOf(reference().model));
    expect(copied, copied.join("\n")).toEqual([]);
  });
});
