/**
 * What the model fuzzer found that is not fixed yet, in code other engineers own: each is reported
 * (see the fuzzer's report of issue 12, item 4) and printed by the fuzzer on every run.
 *
 * - {@link KNOWN_REFUSALS}: valid models the generator refuses with a clear ModelError. A refusal is
 *   a bug, but a named one, unless its `what` says "by design" (a model whose types the SDK's own
 *   generator cannot declare either): the property accepts a refusal whose message one of these
 *   matches (and counts it); any other refusal fails it. Each comes with the smallest model refused, required
 *   to be refused still.
 * - {@link KNOWN_FAILURES}: constructs that break generation, left out of the arbitrary (with a
 *   comment naming this table) so the property keeps running on everything else. Each comes with
 *   the smallest model that shows it, replayed on every run and required to fail as described:
 *   when one starts to pass, it is fixed — move it to regressions.ts and put the construct back.
 */

export interface KnownRefusal {
  /** Matches the ModelError's message. */
  readonly message: RegExp;
  /** The model, where the generator refuses it, and what should happen. */
  readonly what: string;
  /** The smallest model refused (JSON AST text). */
  readonly model: string;
}

/** A model of one operation `Op` of service `Svc` (awsJson 1.1, sdkId Fuzz) and `shapes` (JSON text of the rest). */
function model(op: string, shapes: string): string {
  return `{"smithy":"2.0","shapes":{"fz#Svc":{"type":"service","version":"1","operations":[{"target":"fz#${op}"}],"traits":{"aws.protocols#awsJson1_1":{},"aws.api#service":{"sdkId":"Fuzz"}}},${shapes}}}`;
}

export const KNOWN_REFUSALS: readonly KnownRefusal[] = [
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"fz#FuzzServiceException"},"output":{"target":"smithy.api#Unit"}},"fz#FuzzServiceException":{"type":"structure","members":{}}`),
    message: /\(the service's base exception\) and \S+ would both be exported as \w+ServiceException/,
    what: "a shape named <Service>ServiceException: codegen/emit/types/index.ts refuses it (the base exception takes the name); the SDK has the same clash, so a `_`-prefixed or renamed base would be the fix",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"fz#Object"},"output":{"target":"fz#_Object"}},"fz#Object":{"type":"structure","members":{}},"fz#_Object":{"type":"structure","members":{}}`),
    // The two ids are named in sorted order, which may put either first (`Object` before `_Object`,
    // `_default` before `default`, `fz#_Error` before `fz.other#Error`), in one namespace or two.
    message: /\S+#_?(\w+) and \S+#_?\1 would both be exported as _\1/,
    what: "a shape named like a built-in (Object) beside one named like its escape (_Object): codegen/emit/types/index.ts:47 refuses it; the escape (codegen/naming.ts typeName) could take a further `_` when the escaped name is taken",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"fz#__proto__"},"output":{"target":"smithy.api#Unit"}},"fz#__proto__":{"type":"structure","members":{}}`),
    message: /a shape named __proto__ cannot be a key of the generated arbitraries/,
    what: "a shape named __proto__: codegen/arbitraries/keys.ts refuses it (a letrec key and `pairs.__proto__` would reach the prototype)",
  },
  {
    model: model("FuzzHandlers", `"fz#FuzzHandlers":{"type":"operation","input":{"target":"smithy.api#Unit"},"output":{"target":"smithy.api#Unit"}}`),
    message: /the mock helper of operation \w+ would be exported as \w+/,
    what: "an operation whose helper name is the service's <svc>Handlers or create<Svc>Mock, or another helper's: codegen/emit/msw/index.ts refuses it (two exports, one name)",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"smithy.api#Unit"},"output":{"target":"fz#OpOutput"}},"fz#OpOutput":{"type":"structure","members":{"e":{"target":"fz#OpCommandOutput"}}},"fz#OpCommandOutput":{"type":"enum","members":{"A":{"target":"smithy.api#Unit"}}}`),
    message: /and operation \S+'s command type would both be exported as \w+Command(In|Out)put/,
    what: "by design, a shape named <Op>CommandInput or <Op>CommandOutput: codegen/emit/types/index.ts refuses it, since types.ts exports those names for the operation's command (the SDK's package exports both too: its index re-exports the command and the shape under one name)",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"smithy.api#Unit"},"output":{"target":"smithy.api#Unit"},"errors":[{"target":"fz#Oops"}]},"fz#Oops":{"type":"structure","members":{"__type":{"target":"smithy.api#Integer","traits":{"smithy.api#required":{}}}},"traits":{"smithy.api#error":"client"}}`),
    message: /error member __type would clash with the error body's own __type/,
    what: "by design, an error with a member named __type: codegen/schema/index.ts refuses it, since the error body's __type names the error (awsJson writes it, clients read the error's type from it)",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"smithy.api#Unit"},"output":{"target":"smithy.api#Unit"},"errors":[{"target":"fz#Oops"}]},"fz#Oops":{"type":"structure","members":{"stack":{"target":"smithy.api#String"}},"traits":{"smithy.api#error":"client"}}`),
    message: /error member stack would clash with the SDK error class's own stack/,
    what: "by design, an error with a member named stack: codegen/emit/types/index.ts refuses it, since the SDK's error class inherits Error's stack",
  },
  {
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"smithy.api#Unit"},"output":{"target":"smithy.api#Unit"},"errors":[{"target":"fz#Oops"}]},"fz#Oops":{"type":"structure","members":{"name":{"target":"smithy.api#String"}},"traits":{"smithy.api#error":"client"}}`),
    message: /error member name would clash with the SDK error class's own name/,
    what: "by design, an error with a member named name: codegen/emit/types/index.ts refuses it, since the SDK's error class declares name as the error's name (its generator fails on such a member too)",
  },
];

export interface KnownFailure {
  readonly name: string;
  /** Where it breaks and what should happen. */
  readonly what: string;
  /** The smallest model that shows it (JSON AST text: member names such as `__proto__` stay own keys). */
  readonly model: string;
  /** Which check fails: the property's stages, or the typecheck of its files. */
  readonly fails: "property" | "typecheck";
  /** What the failure says. */
  readonly message: RegExp;
}

export const KNOWN_FAILURES: readonly KnownFailure[] = [
  {
    name: "a structure member named __proto__",
    what: "ajv leaves a `properties` entry named __proto__ out of the code it compiles, so with additionalProperties: false every value holding the member is refused (the mock answers a valid request with a ValidationException); codegen/schema should describe that member another way (patternProperties ^__proto__$)",
    model: model("Op", `"fz#Op":{"type":"operation","input":{"target":"fz#OpInput"},"output":{"target":"smithy.api#Unit"}},"fz#OpInput":{"type":"structure","members":{"__proto__":{"target":"smithy.api#String","traits":{"smithy.api#required":{}}}}}`),
    fails: "property",
    message: /unknown member "__proto__"/,
  },
  {
    name: "a string bound to a restJson1 header that holds a character past U+00FF",
    what: "runtime/protocol/restjson1/client.ts (writeRequest) puts the value into a header as it is, and `new Headers()` throws (`Cannot convert argument to a ByteString`). A header-bound string (or list of strings) is drawn as a header carries it (plans say `charset: \"header\"`, tests/runtime/data/header-strings.test.ts); an enum's values are not: they want to stay within what a header carries, or the model refused with a clear error",
    model: `{"smithy":"2.0","shapes":{"fz#Svc":{"type":"service","version":"1","operations":[{"target":"fz#Op"}],"traits":{"aws.protocols#restJson1":{},"aws.api#service":{"sdkId":"Fuzz"}}},"fz#Op":{"type":"operation","input":{"target":"fz#OpInput"},"output":{"target":"smithy.api#Unit"},"traits":{"smithy.api#http":{"method":"POST","uri":"/op"}}},"fz#OpInput":{"type":"structure","members":{"h":{"target":"fz#Face","traits":{"smithy.api#httpHeader":"X-Face","smithy.api#required":{}}}}},"fz#Face":{"type":"enum","members":{"SMILE":{"target":"smithy.api#Unit","traits":{"smithy.api#enumValue":"😀"}}}}}}`,
    fails: "property",
    message: /Cannot convert argument to a ByteString/,
  },
];
