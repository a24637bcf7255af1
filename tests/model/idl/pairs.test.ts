/**
 * Smithy's own IDL/JSON pairs (`../shared/smithy/idl-pairs/`): our AST of each `.smithy` (loaded with
 * `__shared.json`, as Smithy's test loads it) against the `.json` beside it, and against what Smithy's
 * reference loader prints for the same `.smithy`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { printJsonAst } from "../../../codegen/model/sources/print-ast.ts";
import { readModelSources } from "../../../codegen/model/sources/read-model-sources.ts";
import { applyEquivalences, asModel, EQUIVALENCES, type Equivalence } from "./support/normalise.ts";
import { runReference, type ReferenceResult } from "./support/reference-loader.ts";
import { sharedSmithy } from "./support/shared-smithy.ts";

const DIR = sharedSmithy("idl-pairs/");
const SHARED = join(DIR, "__shared.json");

function pairs(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...pairs(p));
    else if (p.endsWith(".smithy") && existsSync(p.replace(/\.smithy$/, ".json"))) out.push(relative(DIR, p).replace(/\.smithy$/, ""));
  }
  return out;
}

/**
 * Pairs whose `.json` states the loaded model differently from how Smithy's loader prints it (which
 * is what we print): equal once the named equivalences are applied. Each is the reference loader's
 * own behaviour (see "equals what Smithy's reference loader prints" below).
 */
const EXCEPTIONS: Readonly<Record<string, readonly Equivalence[]>> = {
  "doc-comments/doc-comments": ["emptyMembers"],
  "inline-io/custom-suffix": ["emptyMembers"],
  "inline-io/inline-io": ["emptyMembers"],
  "list-and-sets": ["set"],
  "main-test": ["unitIo"],
  "mixins/enum-mixins": ["mixinMembers"],
  "mixins/idl-mixins-redefine-member": ["mixinMembers"],
  "mixins/loads-mixins": ["emptyMembers", "unitIo", "mixinMembers"],
  "mixins/loads-mixins-with-whitespace": ["emptyMembers"],
  "mixins/mixins-with-mixin-local-traits": ["emptyMembers"],
  "mixins/operations": ["emptyMembers", "unitIo"],
  "optional-commas": ["unitIo"],
  "service-with-rename": ["emptyMembers", "unitIo"],
  "simple-shapes": ["v1Defaults"],
  "trait-definitions": ["emptyMembers", "v1Defaults"],
  traits: ["v1Defaults"],
};

const names = pairs(DIR);
const ours = (name: string) => readModelSources([join(DIR, `${name}.smithy`), SHARED]).ast;
const expected = (name: string) => {
  const json = JSON.parse(readFileSync(join(DIR, `${name}.json`), "utf8")) as { shapes?: Record<string, unknown> };
  const shared = JSON.parse(readFileSync(SHARED, "utf8")) as { shapes: Record<string, unknown> };
  return { ...json, shapes: { ...json.shapes, ...shared.shapes } };
};
/** Our AST as the `ast` command prints it, read back. */
const roundTrip = (v: unknown) => JSON.parse(printJsonAst(v)) as unknown;

describe("idl-pairs: our AST of each .smithy equals its .json", () => {
  it("has the 62 pairs the README counts, and every exception is one of them", () => {
    expect(names).toHaveLength(62);
    for (const name of Object.keys(EXCEPTIONS)) expect(names).toContain(name);
  });

  it.each(names.filter((n) => !(n in EXCEPTIONS)))("%s (README normalisation only)", (name) => {
    expect(asModel(roundTrip(ours(name)))).toEqual(asModel(expected(name)));
  });

  it.each(Object.entries(EXCEPTIONS))("%s differs only by: %s", (name, which) => {
    const got = asModel(roundTrip(ours(name)));
    const want = asModel(expected(name));
    // Listed for a reason: it does not match under the README's normalisation alone…
    expect(got).not.toEqual(want);
    // …and matches once the listed equivalences (and no others) are applied.
    expect(applyEquivalences(got, which)).toEqual(applyEquivalences(want, which));
    for (const e of which) expect(EQUIVALENCES[e]).toBeTypeOf("string");
  });
});

describe("idl-pairs: our AST equals what Smithy's reference loader prints (one JVM for all pairs)", () => {
  let reference: ReferenceResult[];
  beforeAll(() => {
    reference = runReference(names.map((n) => ({ paths: [join(DIR, `${n}.smithy`), SHARED] })));
  }, 60_000);

  it.each(names.map((n, i) => [n, i] as const))("%s", (name, i) => {
    const ref = reference[i]!;
    expect(ref.events).toEqual([]);
    expect(roundTrip(ours(name))).toEqual(ref.ast);
  });
});
