/**
 * A pattern that java.util.regex rejects stays a model error, with Java's own reason: for each
 * pattern of constructs.ts REJECTED, the JDK's description and index are the ones pinned there, and
 * ours are the same; the loader reports it with the file, shape id and trait pointer.
 */
import { describe, expect, it } from "vitest";
import { JavaPatternError, translateJavaPattern } from "../../../codegen/model/pattern/translate.ts";
import { readTraits } from "../../../codegen/model/traits.ts";
import { javaOracle } from "../../support/java/oracle.ts";
import { REJECTED } from "./constructs.ts";

function ours(pattern: string): { error?: string; index?: number } {
  try {
    translateJavaPattern(pattern);
    return {};
  } catch (e) {
    if (!(e instanceof JavaPatternError)) throw e;
    return { error: e.description, index: e.index };
  }
}

describe("patterns Java rejects", () => {
  it("are rejected by the JDK with the pinned reasons", () => {
    const answers = javaOracle(REJECTED.map(([pattern]) => ({ pattern, strings: [] })));
    expect(answers.map((a) => [a.error, a.index])).toEqual(REJECTED.map(([, error, index]) => [error, index]));
  });

  it("are rejected by the translation with Java's description and index", () => {
    expect(REJECTED.map(([p]) => ours(p))).toEqual(REJECTED.map(([, error, index]) => ({ error, index })));
  });

  it("fail the model with the file, shape id, trait pointer and Java's reason", () => {
    const site = { file: "model.json", shapeId: "ex#Name", pointer: "/shapes/ex#Name/traits" };
    expect(() => readTraits({ "smithy.api#pattern": "^a{$" }, site)).toThrow(
      "model.json: ex#Name: trait smithy.api#pattern is not a valid regular expression (java.util.regex): Illegal repetition near index 3 (at /shapes/ex#Name/traits/smithy.api#pattern)",
    );
  });
});
