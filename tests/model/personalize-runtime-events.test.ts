/**
 * Holds our hand-written IDL models of Personalize Runtime (model/personalize-runtime.smithy) and
 * Personalize Events (model/personalize-events.smithy) to AWS's real restJson1 models in
 * ../shared/models/aws-restjson1/: the closures of GetRecommendations and PutEvents must agree shape
 * by shape, member by member and trait by trait — HTTP bindings (`@http`), constraints, `@sensitive`,
 * `@mediaType`, `@default`, errors and their `@httpError` included; documentation aside — and our
 * prose must be our own. The comparison itself is tested in default-model.test.ts.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadClosure } from "../../codegen/load-closure.ts";
import { closure, selectService, type Closure } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import type { Model } from "../../codegen/model/shapes.ts";
import { compareClosures } from "./compare-closures.ts";
import { copiedDocs, docsOf } from "./copied-docs.ts";

const REF_DIR = new URL("../../../shared/models/aws-restjson1/", import.meta.url);
const REF_MISSING = `reference models not found at ${fileURLToPath(REF_DIR)}: our Personalize Runtime and Events models cannot be checked against AWS's, so these tests fail`;
const refPresent = existsSync(REF_DIR);
if (!refPresent) console.log(REF_MISSING);

interface Case {
  readonly ours: string;
  readonly reference: string;
  readonly operation: string;
  readonly service: string;
  readonly protocolAndVersion: readonly [string, string, string];
  /** Every shape of the operation's closure, as `<id> <kind>`, sorted: what we mean to model. */
  readonly shapes: readonly string[];
  readonly errors: readonly string[];
  readonly http: unknown;
}

const RT = "com.amazonaws.personalizeruntime";
const EV = "com.amazonaws.personalizeevents";

const CASES: readonly Case[] = [
  {
    ours: "model/personalize-runtime.smithy",
    reference: "personalize-runtime-2018-05-22.json",
    operation: "GetRecommendations",
    service: `${RT}#AmazonPersonalizeRuntime`,
    protocolAndVersion: ["restJson1", "2018-05-22", "Personalize Runtime"],
    shapes: [
      "Arn string", "AttributeName string", "AttributeValue string", "ColumnName string", "ColumnNamesList list", "ColumnValue string",
      "Context map", "DatasetType string", "ErrorMessage string", "FilterAttributeName string", "FilterAttributeValue string",
      "FilterValues map", "GetRecommendationsRequest structure", "GetRecommendationsResponse structure", "InvalidInputException structure",
      "ItemID string", "ItemList list", "Metadata map", "MetadataColumns map", "Name string", "NumResults integer",
      "PercentPromotedItems integer", "PredictedItem structure", "Promotion structure", "PromotionList list", "Reason string",
      "ReasonList list", "RecommendationID string", "ResourceNotFoundException structure", "Score double", "UserID string",
    ].map((s) => `${RT}#${s}`),
    errors: ["InvalidInputException client 400", "ResourceNotFoundException client 404"],
    http: { method: "POST", uri: "/recommendations", code: 200 },
  },
  {
    ours: "model/personalize-events.smithy",
    reference: "personalize-events-2018-03-22.json",
    operation: "PutEvents",
    service: `${EV}#AmazonPersonalizeEvents`,
    protocolAndVersion: ["restJson1", "2018-03-22", "Personalize Events"],
    shapes: [
      "Date timestamp", "ErrorMessage string", "Event structure", "EventAttributionSource string", "EventList list", "FloatType float",
      "Impression list", "InvalidInputException structure", "ItemId string", "MetricAttribution structure", "PutEventsRequest structure",
      "RecommendationId string", "StringType string", "SynthesizedJsonEventPropertiesJSON string", "UserId string",
    ].map((s) => `${EV}#${s}`),
    errors: ["InvalidInputException client 400"],
    http: { method: "POST", uri: "/events", code: 200 },
  },
];

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function ours(c: Case): { model: Model; closure: Closure } {
  return loadClosure({ model: `${ROOT}${c.ours}`, operations: [c.operation] });
}

function reference(c: Case): { model: Model; closure: Closure } {
  if (!refPresent) expect.fail(REF_MISSING);
  const model = loadModelFile(fileURLToPath(new URL(c.reference, REF_DIR)));
  return { model, closure: closure(model, selectService(model), [c.operation]) };
}

describe.each(CASES)("$ours", (c) => {
  it(`defines ${c.service} with ${c.operation} and the closure we mean`, () => {
    const { closure: cl } = ours(c);
    expect([cl.service.id, cl.service.protocol, cl.service.version, cl.service.sdkId]).toEqual([c.service, ...c.protocolAndVersion]);
    expect(cl.service.operations.map((o) => o.name)).toEqual([c.operation]);
    expect(cl.operations[0]!.traits.http).toEqual(c.http);
    expect(cl.shapes.map((s) => `${s.id} ${s.kind}`)).toEqual(c.shapes);
    expect(cl.errors.map((e) => `${e.name} ${e.traits.error} ${e.traits.httpError}`)).toEqual(c.errors);
  });

  it(`agrees with AWS's ${c.reference} on every shape, member, target and non-descriptive trait of ${c.operation}, the operation and the service`, () => {
    const diffs = compareClosures(ours(c).closure, reference(c).closure);
    expect(diffs, diffs.join("\n")).toEqual([]);
  });

  it("is documented in our own words, not copied from AWS's model", () => {
    const ourDocs = docsOf(ours(c).model);
    expect(ourDocs.size).toBeGreaterThanOrEqual(10);
    const copied = copiedDocs(ourDocs, docsOf(reference(c).model));
    expect(copied, copied.join("\n")).toEqual([]);
  });
});
