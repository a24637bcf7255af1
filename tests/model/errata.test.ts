/**
 * codegen/model/errata.ts: an overlay's `errata` read (every malformed form one line naming the
 * overlay and the JSON pointer), and applied to the JSON AST before it is loaded — to a shape's
 * trait, to a member declared directly, to a member from a mixin (an `apply` entry), over an `apply`
 * entry the model already has — and an erratum naming what the model lacks, named in the overlay.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadClosure } from "../../codegen/load-closure.ts";
import { selectService } from "../../codegen/model/closure.ts";
import { applyErrata, readErrata, type Erratum } from "../../codegen/model/errata.ts";
import { ModelError } from "../../codegen/model/errors.ts";
import { loadModelAst, loadModelFile } from "../../codegen/model/load.ts";
import { readOverlay } from "../../codegen/model/overlay.ts";
import type { Member, StructureShape } from "../../codegen/model/shapes.ts";
import { modelFromTexts } from "../../codegen/model/sources/read-model-sources.ts";
import { DEFAULT_MODEL } from "../support/corpus.ts";

const PATTERN = "smithy.api#pattern";
const good = { shape: "t#Job$roleArn", trait: PATTERN, value: "^arn:aws:iam::\\d{12}:role/.+$", reason: "the service answers the IAM role" };

/** The ModelError a call throws (fails the test when it throws nothing or something else). */
function modelError(call: () => unknown): ModelError {
  try {
    call();
  } catch (e) {
    if (e instanceof ModelError) return e;
    throw e;
  }
  throw new Error("no ModelError was thrown");
}

describe("readErrata", () => {
  it("no errata: none", () => {
    expect(readErrata(undefined, "o.json")).toEqual([]);
  });

  it("reads each erratum's shape, trait, value and reason (any JSON value)", () => {
    const value = { min: 1, max: 2 };
    expect(readErrata([good, { shape: "t#Size", trait: "smithy.api#range", value, reason: "r" }, { shape: "t#X", trait: "smithy.api#sensitive", value: null, reason: "r" }], "o.json")).toEqual([
      good,
      { shape: "t#Size", trait: "smithy.api#range", value, reason: "r" },
      { shape: "t#X", trait: "smithy.api#sensitive", value: null, reason: "r" },
    ]);
  });

  it.each<[string, unknown, string]>([
    ["not an array", { 0: good }, `o.json: "errata" must be an array (at /errata)`],
    ["an entry that is not an object", [good, "fix roleArn"], "o.json: an erratum must be an object (at /errata/1)"],
    ["an entry that is an array", [[good]], "o.json: an erratum must be an object (at /errata/0)"],
    ["an unknown field", [{ ...good, why: "x" }], `o.json: unknown erratum field "why" (at /errata/0/why)`],
    ["an unknown field with / and ~ in its name: escaped in the pointer", [{ ...good, "a/b~c": 1 }], `o.json: unknown erratum field "a/b~c" (at /errata/0/a~1b~0c)`],
    ["no shape", [{ trait: PATTERN, value: "x", reason: "r" }], `o.json: "shape" must be an absolute shape or member id (ns#Shape or ns#Shape$member) (at /errata/0/shape)`],
    ["a relative shape id", [{ ...good, shape: "Job$roleArn" }], `o.json: "shape" must be an absolute shape or member id (ns#Shape or ns#Shape$member) (at /errata/0/shape)`],
    ["a member id with two members", [{ ...good, shape: "t#Job$a$b" }], `o.json: "shape" must be an absolute shape or member id (ns#Shape or ns#Shape$member) (at /errata/0/shape)`],
    ["a shape id that is not a string", [{ ...good, shape: 7 }], `o.json: "shape" must be an absolute shape or member id (ns#Shape or ns#Shape$member) (at /errata/0/shape)`],
    ["a relative trait id", [{ ...good, trait: "pattern" }], `o.json: "trait" must be an absolute trait id such as smithy.api#pattern (at /errata/0/trait)`],
    ["a trait id naming a member", [{ ...good, trait: "smithy.api#pattern$x" }], `o.json: "trait" must be an absolute trait id such as smithy.api#pattern (at /errata/0/trait)`],
    ["no value", [{ shape: good.shape, trait: PATTERN, reason: "r" }], `o.json: an erratum needs the trait's new "value" (at /errata/0)`],
    ["no reason", [{ shape: good.shape, trait: PATTERN, value: "x" }], `o.json: an erratum needs a "reason": why the model is wrong (at /errata/0/reason)`],
    ["a blank reason", [{ ...good, reason: "  " }], `o.json: an erratum needs a "reason": why the model is wrong (at /errata/0/reason)`],
    ["a reason that is not a string", [{ ...good, reason: ["x"] }], `o.json: an erratum needs a "reason": why the model is wrong (at /errata/0/reason)`],
    ["the second entry broken", [good, { ...good, trait: "x" }], `o.json: "trait" must be an absolute trait id such as smithy.api#pattern (at /errata/1/trait)`],
  ])("%s", (_, errata, message) => {
    const error = modelError(() => readErrata(errata, "o.json"));
    expect(error.message).toBe(message);
    expect(error.message).not.toContain("\n");
  });

  it("through readOverlay: the same line", () => {
    const service = selectService(loadModelFile(DEFAULT_MODEL));
    expect(modelError(() => readOverlay({ errata: [{ ...good, reason: "" }] }, "my.overlay.json", service)).message).toBe(
      `my.overlay.json: an erratum needs a "reason": why the model is wrong (at /errata/0/reason)`,
    );
  });
});

/** A JSON AST of `shapes`. */
const ast = (shapes: Record<string, unknown>) => ({ smithy: "2.0", shapes });
const str = (traits?: Record<string, unknown>) => ({ target: "smithy.api#String", ...(traits && { traits }) });
const fix = (shape: string, value: unknown = "^new$", trait = PATTERN): Erratum => ({ shape, trait, value, reason: "r" });

describe("applyErrata: the JSON AST, corrected", () => {
  it.each<[string, Record<string, unknown>, Erratum[], Record<string, unknown>]>([
    [
      "a shape's trait replaced, its other traits kept",
      { "t#RoleArn": { type: "string", traits: { [PATTERN]: "^old$", "smithy.api#length": { max: 9 } } } },
      [fix("t#RoleArn")],
      { "t#RoleArn": { type: "string", traits: { [PATTERN]: "^new$", "smithy.api#length": { max: 9 } } } },
    ],
    ["a trait the shape lacks: added", { "t#RoleArn": { type: "string" } }, [fix("t#RoleArn")], { "t#RoleArn": { type: "string", traits: { [PATTERN]: "^new$" } } }],
    [
      "a member declared directly",
      { "t#Job": { type: "structure", members: { roleArn: str({ [PATTERN]: "^old$" }), name: str() } } },
      [fix("t#Job$roleArn")],
      { "t#Job": { type: "structure", members: { roleArn: str({ [PATTERN]: "^new$" }), name: str() } } },
    ],
    [
      "a member without traits of its own",
      { "t#Job": { type: "structure", members: { roleArn: str() } } },
      [fix("t#Job$roleArn")],
      { "t#Job": { type: "structure", members: { roleArn: str({ [PATTERN]: "^new$" }) } } },
    ],
    [
      "a member from a mixin: an apply entry",
      { "t#Base": { type: "structure", members: { roleArn: str({ [PATTERN]: "^old$" }) }, traits: { "smithy.api#mixin": {} } }, "t#Job": { type: "structure", mixins: [{ target: "t#Base" }], members: {} } },
      [fix("t#Job$roleArn")],
      {
        "t#Base": { type: "structure", members: { roleArn: str({ [PATTERN]: "^old$" }) }, traits: { "smithy.api#mixin": {} } },
        "t#Job": { type: "structure", mixins: [{ target: "t#Base" }], members: {} },
        "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^new$" } },
      },
    ],
    [
      "a member from a mixin's mixin: an apply entry",
      {
        "t#A": { type: "structure", members: { roleArn: str() }, traits: { "smithy.api#mixin": {} } },
        "t#B": { type: "structure", mixins: [{ target: "t#A" }], traits: { "smithy.api#mixin": {} } },
        "t#Job": { type: "structure", mixins: [{ target: "t#B" }] },
      },
      [fix("t#Job$roleArn")],
      {
        "t#A": { type: "structure", members: { roleArn: str() }, traits: { "smithy.api#mixin": {} } },
        "t#B": { type: "structure", mixins: [{ target: "t#A" }], traits: { "smithy.api#mixin": {} } },
        "t#Job": { type: "structure", mixins: [{ target: "t#B" }] },
        "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^new$" } },
      },
    ],
    [
      "a member from a mixin with an apply entry already: that entry",
      {
        "t#Base": { type: "structure", members: { roleArn: str() }, traits: { "smithy.api#mixin": {} } },
        "t#Job": { type: "structure", mixins: [{ target: "t#Base" }] },
        "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^old$", "smithy.api#documentation": "d" } },
      },
      [fix("t#Job$roleArn")],
      {
        "t#Base": { type: "structure", members: { roleArn: str() }, traits: { "smithy.api#mixin": {} } },
        "t#Job": { type: "structure", mixins: [{ target: "t#Base" }] },
        "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^new$", "smithy.api#documentation": "d" } },
      },
    ],
    [
      // The loader applies `apply` entries last: left alone, the model's apply would undo the erratum.
      "a member declared directly whose trait an apply entry gives: both",
      { "t#Job": { type: "structure", members: { roleArn: str() } }, "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^old$" } } },
      [fix("t#Job$roleArn")],
      { "t#Job": { type: "structure", members: { roleArn: str({ [PATTERN]: "^new$" }) } }, "t#Job$roleArn": { type: "apply", traits: { [PATTERN]: "^new$" } } },
    ],
    [
      "a list's member",
      { "t#Arns": { type: "list", member: str({ [PATTERN]: "^old$" }) } },
      [fix("t#Arns$member")],
      { "t#Arns": { type: "list", member: str({ [PATTERN]: "^new$" }) } },
    ],
    [
      "a map's key and value",
      { "t#Tags": { type: "map", key: str(), value: str() } },
      [fix("t#Tags$key", "^k$"), fix("t#Tags$value", { max: 3 }, "smithy.api#length")],
      { "t#Tags": { type: "map", key: str({ [PATTERN]: "^k$" }), value: str({ "smithy.api#length": { max: 3 } }) } },
    ],
    [
      "two errata on one member: the later wins",
      { "t#Job": { type: "structure", members: { roleArn: str() } } },
      [fix("t#Job$roleArn", "^first$"), fix("t#Job$roleArn", "^second$")],
      { "t#Job": { type: "structure", members: { roleArn: str({ [PATTERN]: "^second$" }) } } },
    ],
  ])("%s", (_, shapes, errata, want) => {
    expect(applyErrata(ast(shapes), errata, "o.json")).toEqual(ast(want));
  });

  it("no errata: the very AST given", () => {
    const given = ast({ "t#S": { type: "string" } });
    expect(applyErrata(given, [], "o.json")).toBe(given);
  });

  it("the AST given is left as it was, and the erratum's value is copied", () => {
    const given = ast({ "t#Size": { type: "integer", traits: { "smithy.api#range": { max: 1 } } } });
    const before = structuredClone(given);
    const erratum = fix("t#Size", { max: 5 }, "smithy.api#range");
    const out = applyErrata(given, [erratum], "o.json") as ReturnType<typeof ast>;
    (erratum.value as { max: number }).max = 99;
    expect(given).toEqual(before);
    expect(out).toEqual(ast({ "t#Size": { type: "integer", traits: { "smithy.api#range": { max: 5 } } } }));
  });

  it.each<[string, Record<string, unknown>, Erratum[], string]>([
    ["a shape the model lacks", { "t#Job": { type: "structure", members: {} } }, [fix("t#Nope")], "o.json: t#Nope: erratum 0: the model has no shape t#Nope (at /errata/0/shape)"],
    ["a member of a shape the model lacks", {}, [fix("t#Nope$x")], "o.json: t#Nope$x: erratum 0: the model has no shape t#Nope (at /errata/0/shape)"],
    ["a member the structure lacks", { "t#Job": { type: "structure", members: { roleArn: str() } } }, [fix("t#Job$rolearn")], `o.json: t#Job$rolearn: erratum 0: t#Job has no member "rolearn" (at /errata/0/shape)`],
    [
      "a member neither the structure nor its mixins have",
      { "t#Base": { type: "structure", members: { a: str() }, traits: { "smithy.api#mixin": {} } }, "t#Job": { type: "structure", mixins: [{ target: "t#Base" }], members: { b: str() } } },
      [fix("t#Job$c")],
      `o.json: t#Job$c: erratum 0: t#Job has no member "c" (at /errata/0/shape)`,
    ],
    ["a list's member by another name", { "t#Arns": { type: "list", member: str() } }, [fix("t#Arns$item")], `o.json: t#Arns$item: erratum 0: t#Arns has no member "item" (at /errata/0/shape)`],
    ["a member of a string", { "t#S": { type: "string" } }, [fix("t#S$member")], `o.json: t#S$member: erratum 0: t#S has no member "member" (at /errata/0/shape)`],
    ["the second erratum: its index", { "t#S": { type: "string" } }, [fix("t#S"), fix("t#Gone")], "o.json: t#Gone: erratum 1: the model has no shape t#Gone (at /errata/1/shape)"],
    ["a prelude shape (not in the model's AST)", { "t#S": { type: "string" } }, [fix("smithy.api#String")], "o.json: smithy.api#String: erratum 0: the model has no shape smithy.api#String (at /errata/0/shape)"],
  ])("%s: one line naming the overlay", (_, shapes, errata, message) => {
    expect(modelError(() => applyErrata(ast(shapes), errata, "o.json")).message).toBe(message);
  });
});

describe("applyErrata, then loaded: the corrected trait is what the model says", () => {
  const IDL = `$version: "2"
namespace t

@pattern("^arn:aws:personalize:.+$")
string Arn

@mixin
structure Audited {
    ownerArn: Arn
}

structure Job with [Audited] {
    jobArn: Arn
    roleArn: Arn
}
`;
  const ROLE = "arn:aws:iam::123456789012:role/personalize";
  const member = (errata: Erratum[], shape: string, name: string): Member => {
    const model = loadModelAst(applyErrata(modelFromTexts([{ path: "m.smithy", text: IDL }]), errata, "o.json"), "m.smithy", "0");
    return (model.shapes.get(shape) as StructureShape).members.find((m) => m.name === name)!;
  };
  const accepts = (m: Member, value: string) => new RegExp(m.effective.pattern!, "u").test(value);

  it("without the erratum, an IAM role ARN breaks the member's pattern", () => {
    expect(accepts(member([], "t#Job", "roleArn"), ROLE)).toBe(false);
  });

  it("a member declared directly: its pattern is the erratum's; a sibling with the same target keeps the target's", () => {
    const errata = [fix("t#Job$roleArn", good.value)];
    expect(accepts(member(errata, "t#Job", "roleArn"), ROLE)).toBe(true);
    expect(accepts(member(errata, "t#Job", "jobArn"), ROLE)).toBe(false);
  });

  it("a member from a mixin: the structure's member takes the erratum, the mixin's own member does not", () => {
    const errata = [fix("t#Job$ownerArn", good.value)];
    expect(accepts(member(errata, "t#Job", "ownerArn"), ROLE)).toBe(true);
    expect(accepts(member(errata, "t#Audited", "ownerArn"), ROLE)).toBe(false);
  });

  it("a shape's trait: every member targeting it", () => {
    const errata = [fix("t#Arn", "^arn:.+$")];
    expect(accepts(member(errata, "t#Job", "jobArn"), ROLE)).toBe(true);
    expect(accepts(member(errata, "t#Job", "roleArn"), ROLE)).toBe(true);
  });
});

describe("loadClosure: errata from an overlay file, applied before the model loads", () => {
  const dir = mkdtempSync(join(tmpdir(), "errata-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const model = join(dir, "jobs.smithy");
  writeFileSync(
    model,
    `$version: "2"
namespace t
use aws.protocols#awsJson1_1
@awsJson1_1
service Jobs { version: "1", operations: [GetJob] }
operation GetJob { input := { jobArn: String }, output := { job: Job } }
@pattern("^arn:aws:jobs:.+$")
string Arn
structure Job { roleArn: Arn }
`,
  );
  const overlay = (errata: unknown[]) => {
    const file = join(dir, `o-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ errata }));
    return file;
  };

  it("the closure's member carries the corrected pattern, and the overlay keeps the erratum", () => {
    const file = overlay([{ ...good, shape: "t#Job$roleArn" }]);
    const { closure, overlay: read } = loadClosure({ model, overlay: file });
    const job = closure.shapes.find((s) => s.id === "t#Job") as StructureShape;
    expect(new RegExp(job.members[0]!.effective.pattern!, "u").test("arn:aws:iam::123456789012:role/x")).toBe(true);
    expect(read?.errata).toEqual([{ ...good, shape: "t#Job$roleArn" }]);
  });

  it.each<[string, unknown[], (file: string) => string]>([
    ["a malformed erratum", [{ ...good, reason: "" }], (f) => `${f}: an erratum needs a "reason": why the model is wrong (at /errata/0/reason)`],
    ["a shape the model lacks", [{ ...good, shape: "t#Task$roleArn" }], (f) => `${f}: t#Task$roleArn: erratum 0: the model has no shape t#Task (at /errata/0/shape)`],
    ["a member the model lacks", [{ ...good, shape: "t#Job$rolearn" }], (f) => `${f}: t#Job$rolearn: erratum 0: t#Job has no member "rolearn" (at /errata/0/shape)`],
  ])("%s: one line naming the overlay file", (_, errata, message) => {
    const file = overlay(errata);
    expect(modelError(() => loadClosure({ model, overlay: file })).message).toBe(message(file));
  });
});
