/**
 * Smithy's restJson1 validation compliance tests (`../shared/smithy/protocol-tests/restJson1/
 * validation/`): a service whose operations model `smithy.framework#ValidationException`, so a
 * request that breaks a constraint (`@length`, `@pattern`, `@range`, `@required`, enums,
 * `@uniqueItems`) is answered with that error as Smithy's server frameworks write it — a message
 * and a `fieldList` of the violations, each with its JSON pointer. Each malformed-request case,
 * expanded, runs against our mock runtime as restjson1-malformed.test.ts runs the others.
 *
 * A case we cannot pass is in {@link EXCEPTIONS} with the reason; it still runs and must fail with
 * the message given.
 *
 * @see https://smithy.io/2.0/additional-specs/constraint-traits.html
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httpmalformedrequesttests
 */
import { describe, expect, it } from "vitest";
import { loadProtocolFolder } from "./support/protocol-folder.ts";
import { describeMalformedCases, malformedCasesOf, type ExceptionTable } from "./support/suite.ts";

const VALIDATION_SERVICE = "aws.protocoltests.restjson.validation#RestJsonValidation";

const ENUM_TRAIT_TAGS =
  "the 1.0 @enum trait's entry \"ghi\" is tagged \"internal\", which a Smithy server leaves out of the values its message lists; the loader keeps no tags of @enum entries (codegen/model/shapes.ts EnumDefinition), so the contract cannot say ghi is internal and the mock lists [abc, def, ghi] (enum shapes' @internal members are left out: internalEnumValues)";

/** The validation cases we cannot pass. */
const EXCEPTIONS: ExceptionTable = {
  httpMalformedRequestTests: {
    RestJsonMalformedEnumTraitString: { reason: ENUM_TRAIT_TAGS, failsWith: "differs at /fieldList/0/message, /message" },
    RestJsonMalformedPatternReDOSString: {
      reason:
        "the case's expected body quotes the pattern as `^([0-9]+)+$$`: it has no testParameters, so Smithy does not format it and the `$$` (an escaped `$` in a parameterized case) stays; the model's pattern is `^([0-9]+)+$`, which the mock quotes. The case's point — answering at once, not after exponential backtracking — holds: the answer is the 400 ValidationException with the right path, in milliseconds",
      failsWith: "differs at /fieldList/0/message, /message",
    },
  },
};

const folder = loadProtocolFolder("restJson1");
const cases = malformedCasesOf(folder).filter((c) => c.site.service.shape.id === VALIDATION_SERVICE);

describe("restJson1 validation cases", () => {
  it("are the validation service's malformed-request cases, expanded: 125 of the 655 (the protocol's are the other 530)", () => {
    expect(cases.length).toBe(125);
  });
});

describeMalformedCases("restJson1 validation @httpMalformedRequestTests, server side", cases, EXCEPTIONS);
