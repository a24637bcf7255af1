/**
 * Definitions: a run of schema documents builds each shape's `$defs` entry once and every document
 * that reaches the shape holds that same object; the documents are exactly those built without it
 * (same keys, same order, same text), including shapes reached only through a reused entry.
 */
import { describe, expect, it } from "vitest";
import { buildSchemas } from "../../codegen/schema/index.ts";
import { Definitions, schemaDocument } from "../../codegen/schema/schema-document.ts";
import { closureOf } from "../contract-builder/fragment.ts";

const SHAPES = `
operation GetA { input: GetAInput, output: GetAOutput, errors: [Oops] }
operation GetB { input: GetBInput, output: GetBOutput }
structure GetAInput { @required id: Id, tags: Tags }
structure GetAOutput { thing: Thing }
structure GetBInput { id: Id }
structure GetBOutput { thing: Thing, other: Tags }
structure Thing { id: Id, parts: Parts, next: Thing }
list Parts { member: Part }
structure Part { @length(min: 2) name: Name, size: Size }
map Tags { key: Name, value: Name }
@pattern("^[a-z]+$") string Id
@length(max: 8) string Name
@range(min: 1) integer Size
@error("client") structure Oops { message: String }
`;

const closure = closureOf(SHAPES, { operations: ["GetA", "GetB"] });
const byPath = (entries: readonly { path: string; schema: unknown }[]) => new Map(entries.map((e) => [e.path, e.schema as Record<string, unknown>]));

/** Every document as built without shared definitions (each entry built afresh). */
function unshared(): Map<string, Record<string, unknown>> {
  const { service } = closure;
  const docs = new Map<string, Record<string, unknown>>();
  for (const op of closure.operations) {
    for (const [kind, shape] of [["input", op.input], ["output", op.output]] as const) {
      if (shape.kind === "unit") continue;
      docs.set(`${op.name}.${kind}`, schemaDocument(service, { $id: "x", title: "t" }, (refs) => refs.ref(shape)) as Record<string, unknown>);
    }
  }
  return docs;
}

describe("Definitions", () => {
  it("gives every document that reaches a shape the same $defs entry object", () => {
    const docs = byPath(buildSchemas(closure));
    const defsOf = (path: string) => docs.get(path)!.$defs as Record<string, unknown>;
    const a = defsOf("schemas/GetA.output.schema.json");
    const b = defsOf("schemas/GetB.output.schema.json");
    expect(a.Thing).toMatchObject({ type: "object", properties: expect.any(Object) });
    expect(b.Thing).toBe(a.Thing);
    expect(b.Part).toBe(a.Part);
    expect(defsOf("schemas/GetB.input.schema.json").Id).toBe(defsOf("schemas/GetA.input.schema.json").Id);
  });

  it("writes each document exactly as it is written without them, shapes reached through a reused entry included", () => {
    const { service } = closure;
    const definitions = new Definitions();
    const plain = unshared();
    for (const op of closure.operations) {
      for (const [kind, shape] of [["input", op.input], ["output", op.output]] as const) {
        if (shape.kind === "unit") continue;
        const doc = schemaDocument(service, { $id: "x", title: "t" }, (refs) => refs.ref(shape), { definitions });
        const want = plain.get(`${op.name}.${kind}`)!;
        expect(JSON.stringify(doc)).toBe(JSON.stringify(want));
        expect(Object.keys(doc.$defs ?? {})).toEqual(Object.keys(want.$defs as object));
      }
    }
    // GetB's output reaches Parts, Part, Size only through Thing, whose entry GetA's output built.
    const b = schemaDocument(service, { $id: "x", title: "t" }, (refs) => refs.ref(closure.operations[1]!.output), { definitions });
    expect(Object.keys(b.$defs ?? {})).toEqual(["GetBOutput", "Id", "Name", "Part", "Parts", "Size", "Tags", "Thing"]);
  });

  it("refuses definitions made for the other member naming", () => {
    const { service } = closure;
    const op = closure.operations[0]!;
    expect(() => schemaDocument(service, { $id: "x", title: "t" }, (refs) => refs.ref(op.input), { jsonNames: true, definitions: new Definitions() })).toThrow(
      "schemaDocument: definitions made for the other member naming",
    );
  });
});
