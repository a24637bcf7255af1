import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { closure, selectService } from "../../codegen/model/closure.ts";
import { loadModelFile } from "../../codegen/model/load.ts";
import { corpusModels, restJson1Models } from "../support/corpus.ts";

/** What each reference model must load into (counts read off the models; see shared/models/aws/README.md and aws-restjson1/README.md). */
const EXPECTED: Record<string, { sdkId: string; protocol: string; operations: number; unsupported: string[] }> = {
  "b2bi-2022-06-23.json": { sdkId: "b2bi", protocol: "awsJson1_0", operations: 30, unsupported: [] },
  "dynamodb-2012-08-10.json": { sdkId: "DynamoDB", protocol: "awsJson1_0", operations: 57, unsupported: [] },
  "kinesis-2013-12-02.json": { sdkId: "Kinesis", protocol: "awsJson1_1", operations: 32, unsupported: ["SubscribeToShard"] },
  "personalize-2018-05-22.json": { sdkId: "Personalize", protocol: "awsJson1_1", operations: 71, unsupported: [] },
  "secrets-manager-2017-10-17.json": { sdkId: "Secrets Manager", protocol: "awsJson1_1", operations: 23, unsupported: [] },
  "sso-admin-2020-07-20.json": { sdkId: "SSO Admin", protocol: "awsJson1_1", operations: 73, unsupported: [] },
  "support-2013-04-15.json": { sdkId: "Support", protocol: "awsJson1_1", operations: 16, unsupported: [] },
  "verifiedpermissions-2021-12-01.json": { sdkId: "VerifiedPermissions", protocol: "awsJson1_0", operations: 27, unsupported: [] },
};

const EXPECTED_RESTJSON1: typeof EXPECTED = {
  "dataexchange-2017-07-25.json": { sdkId: "DataExchange", protocol: "restJson1", operations: 37, unsupported: [] },
  "greengrassv2-2020-11-30.json": { sdkId: "GreengrassV2", protocol: "restJson1", operations: 29, unsupported: [] },
  "lambda-2015-03-31.json": { sdkId: "Lambda", protocol: "restJson1", operations: 68, unsupported: ["InvokeAsync", "InvokeWithResponseStream"] },
  "personalize-events-2018-03-22.json": { sdkId: "Personalize Events", protocol: "restJson1", operations: 5, unsupported: [] },
  "personalize-runtime-2018-05-22.json": { sdkId: "Personalize Runtime", protocol: "restJson1", operations: 3, unsupported: [] },
};

describe.each([
  ["awsJson", corpusModels, EXPECTED],
  ["restJson1", restJson1Models, EXPECTED_RESTJSON1],
] as const)("corpus: every %s reference model loads", (_protocols, list, expected) => {
  const models = list();

  it("has exactly the models this table describes", () => {
    expect(models.map((m) => basename(m))).toEqual(Object.keys(expected).sort());
  });

  it.each(models.map((m) => [basename(m), m]))("%s", (name, file) => {
    const model = loadModelFile(file);
    const service = selectService(model);
    const c = closure(model, service);
    const want = expected[name]!;
    expect({
      sdkId: service.sdkId,
      protocol: service.protocol,
      operations: c.operations.length,
      unsupported: c.unsupported.map((u) => u.operation),
    }).toEqual(want);
    // Every member target in the closure is resolved to a shape object.
    for (const s of c.shapes) {
      if (s.kind === "structure" || s.kind === "union") for (const m of s.members) expect(m.target.id).toBeTypeOf("string");
    }
    console.log(`corpus: ${name}: ${c.operations.length} operations, ${c.shapes.length} shapes, ${c.errors.length} errors${c.unsupported.length ? `; not servable by a JSON mock: ${c.unsupported.map((u) => `${u.operation} (${u.reason})`).join(", ")}` : ""}`);
  });
});
