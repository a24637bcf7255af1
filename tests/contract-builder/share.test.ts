/**
 * sharedContract over a small model: every schema root of the result holds one `$defs`, an error
 * several operations return is one object, and the given contract is left exactly as it was (the
 * result copies what it changes and shares the rest).
 */
import { describe, expect, it } from "vitest";
import { buildServiceContract } from "../../codegen/contract/service-contract.ts";
import { schemaRoots, sharedContract } from "../../codegen/contract/share.ts";
import { closureOf } from "./fragment.ts";

const SHAPES = `
operation GetA { input: GetAInput, output: Thing, errors: [Oops, Gone] }
operation GetB { input: GetBInput, output: Thing, errors: [Oops] }
structure GetAInput { @required id: Id }
structure GetBInput { id: Id, name: Name }
structure Thing { id: Id, names: Names }
list Names { member: Name }
@pattern("^[a-z]+$") string Id
@length(max: 8) string Name
@error("client") structure Oops { message: String }
@error("client") structure Gone { message: String, id: Id }
`;

describe("sharedContract", () => {
  const built = buildServiceContract(closureOf(SHAPES, { operations: ["GetA", "GetB"] }));

  it("leaves the given contract as it was", () => {
    const before = JSON.stringify(built);
    const ownDefs = schemaRoots(built).map((r) => r.$defs);
    sharedContract(built);
    expect(JSON.stringify(built)).toBe(before);
    expect(schemaRoots(built).map((r) => r.$defs)).toEqual(ownDefs);
    expect(new Set(schemaRoots(built).map((r) => r.$defs)).size).toBe(schemaRoots(built).length);
  });

  it("gives every root one $defs holding every definition, sorted, and one object per error", () => {
    const { contract, defs, errors } = sharedContract(built);
    expect(Object.keys(defs ?? {})).toEqual(["GetAInput", "GetBInput", "Id", "Name", "Names", "Thing"]);
    for (const root of schemaRoots(contract)) expect(root.$defs).toBe(defs);
    expect([...errors.keys()]).toEqual(["Gone", "Oops"]);
    expect(contract.operations.GetA!.errors.Oops).toBe(errors.get("Oops"));
    expect(contract.operations.GetB!.errors.Oops).toBe(errors.get("Oops"));
    // What sharing does not touch is the given contract's own objects.
    expect(contract.shapes).toBe(built.shapes);
    expect(contract.operations.GetA!.plans).toBe(built.operations.GetA!.plans);
  });

  it("validates the same: each root is the given one with the shared $defs", () => {
    const { contract } = sharedContract(built);
    for (const name of ["GetA", "GetB"]) {
      const { $defs: _a, ...given } = built.operations[name]!.input;
      const { $defs: _b, ...shared } = contract.operations[name]!.input;
      expect(shared).toEqual(given);
    }
  });
});
