/**
 * The mocks the hostile requests are sent to: the embedded Personalize model (awsJson1_1, its
 * generated msw mock and `serve`'s default model), and the fixture tests/fixtures/hostile/hostile.smithy
 * as restJson1 (labels, query, headers, a JSON body of every kind) and as awsJson1_1 (the
 * backtracking patterns).
 */
import { buildMockData } from "../../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../../codegen/load-closure.ts";
import { contract as personalizeContract } from "../../../generated/personalize/contract.ts";
import { createPersonalizeMock } from "../../../generated/personalize/msw.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { createServiceMock } from "../../../runtime/msw/index.ts";
import type { TableSubject } from "./table.ts";
import type { Subject } from "./transports.ts";

export const FIXTURE = "tests/fixtures/hostile/hostile.smithy";

export const PERSONALIZE: Subject = {
  endpoint: "https://personalize.us-east-1.amazonaws.com",
  mock: () => createPersonalizeMock({ seed: 1 }),
  serveArgs: ["--model", "model/personalize.json", "--overlay", "model/personalize.overlay.json", "--seed", "1"],
};

function fixture(service: "HostileRest" | "HostileJson", endpointPrefix: string): Subject & { readonly contract: ServiceContract } {
  const { closure } = loadClosure({ model: FIXTURE, service });
  const { contract, outputs } = buildMockData(closure);
  const mock = createServiceMock(contract, { outputs });
  return {
    endpoint: `https://${endpointPrefix}.us-east-1.amazonaws.com`,
    mock: () => mock.create({ seed: 1 }),
    serveArgs: ["--model", FIXTURE, "--service", service, "--seed", "1"],
    contract,
  };
}

const rest = fixture("HostileRest", "hostile-rest");
export const HOSTILE_REST: Subject = rest;
export const HOSTILE_JSON: Subject = fixture("HostileJson", "hostile-json");

/** Personalize (awsJson1_1) as a table's subject. */
export const PERSONALIZE_TABLE: TableSubject = { label: "Personalize (awsJson1_1)", subject: PERSONALIZE, contract: personalizeContract };
/** The fixture's HostileRest (restJson1) as a table's subject. */
export const HOSTILE_REST_TABLE: TableSubject = { label: "HostileRest (restJson1)", subject: HOSTILE_REST, contract: rest.contract };

/** awsJson 1.1 headers of a Personalize operation. */
export const personalizeHeaders = (operation: string): [string, string][] => [
  ["Content-Type", "application/x-amz-json-1.1"],
  ["X-Amz-Target", `AmazonPersonalize.${operation}`],
];

/** awsJson 1.1 headers of the fixture's PutThing. */
export const jsonThingHeaders: [string, string][] = [
  ["Content-Type", "application/x-amz-json-1.1"],
  ["X-Amz-Target", "HostileJson.PutThing"],
];

/** restJson1 headers of a JSON body. */
export const restHeaders: [string, string][] = [["Content-Type", "application/json"]];
