/**
 * The real `PersonalizeClient` against the mock, both directions, through both transports (msw, and
 * the in-process `requestHandler`: support/transport.ts).
 *
 * - P3: whatever valid output the mock serves, the client returns exactly the pair's SDK value
 *   (timestamps as Dates to the millisecond), whether the test gave the output in wire or SDK form;
 *   members the model does not know, added to a response by a server, are dropped by the client.
 * - P4: whatever valid input a caller gives the client, the mock receives `POST /` with the
 *   protocol's target and Content-Type and a body that satisfies the input schema and equals the
 *   pair's wire side, on the default AWS endpoint and on a custom one.
 * - P5: modeled errors reach the caller as the SDK's own exception classes with the message given,
 *   `$fault` and the modeled status; a framework error the model does not name (AWS's
 *   ValidationException / SerializationException for a bad request) arrives as the service's base
 *   exception with that name. The SDK turns an absent or empty message into "UnknownError"
 *   (`decorateServiceException` in @smithy/core: `exception.message || exception.Message ||
 *   "UnknownError"`), so that is what the caller sees for those.
 */
import {
  DescribeDatasetImportJobCommand,
  InvalidInputException,
  PersonalizeClient,
  PersonalizeServiceException,
  ResourceNotFoundException,
  type DescribeDatasetImportJobCommandInput,
} from "@aws-sdk/client-personalize";
import { fc } from "@fast-check/vitest";
import { http, HttpResponse } from "msw";
import { describe, expect } from "vitest";
import { operations } from "../../generated/personalize/arbitraries.ts";
import { createPersonalizeMock, describeDatasetImportJob } from "../../generated/personalize/msw.ts";
import { invalidInputs } from "./support/inputMutations.ts";
import { property } from "./support/property.ts";
import { schemaErrors, schemas } from "./support/schemas.ts";
import { AWS_URL, client, JSON_11, rejectionOf, TARGET, useServer, type ThrownByClient } from "./support/setup.ts";
import { unknownMemberName } from "./support/strings.ts";
import { transports } from "./support/transport.ts";

const server = useServer();
const op = operations.DescribeDatasetImportJob;
const ARN = "arn:aws:personalize:us-east-1:123456789012:dataset-import-job/job-1";

describe.each(transports(server))("through $name", (transport) => {
  const sdk = transport.client();
  const describeJob = () => sdk.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN }));

  describe("P3: the client reads what the mock serves", () => {
    /** Every Date in `value`, with where it is. */
    const datesIn = (value: unknown, at = ""): [string, number][] => {
      if (value instanceof Date) return [[at, value.getTime()]];
      if (typeof value !== "object" || value === null) return [];
      return Object.entries(value).flatMap(([k, v]) => datesIn(v, `${at}/${k}`));
    };

    const served = fc.record({ pair: op.output.pair, form: fc.constantFrom("wire", "sdk") });

    property("P3 served", "the client returns exactly the SDK side of the output the mock serves", served, 100, async ({ pair, form }) => {
      const mock = createPersonalizeMock({ data: "exhaustive" });
      transport.answerWith(describeDatasetImportJob((form === "wire" ? pair.wire : pair.sdk) as never, { mock }));
      const { $metadata, ...got } = await describeJob();
      expect(got).toStrictEqual(pair.sdk);
      // Dates, at the same places, to the millisecond.
      expect(datesIn(got)).toEqual(datesIn(pair.sdk));
      expect($metadata).toMatchObject({ httpStatusCode: 200, requestId: mock.requests[0]?.requestId });
      mock.assertNoViolations();
    });
  });

  describe("P4: the mock receives what the client sends", () => {
    const LOCAL = "http://localhost:4566";
    const clients = { aws: sdk, local: transport.client(LOCAL) };
    const cases = fc.record({ pair: op.input.pair, endpoint: fc.constantFrom<keyof typeof clients>("aws", "local") });

    property("P4 request", "POST / with target and Content-Type, a body valid against the input schema and equal to the wire side", cases, 100, async ({ pair, endpoint }) => {
      const mock = createPersonalizeMock({ data: "exhaustive", endpoint: LOCAL });
      transport.answerWith(...mock.handlers);
      await clients[endpoint].send(new DescribeDatasetImportJobCommand(pair.sdk as DescribeDatasetImportJobCommandInput));

      expect(mock.requests).toHaveLength(1);
      const [request] = mock.requests;
      expect({ method: request?.method, url: request?.url, target: request?.headers["x-amz-target"], contentType: request?.headers["content-type"], operation: request?.operation }).toEqual({
        method: "POST",
        url: endpoint === "aws" ? AWS_URL : `${LOCAL}/`,
        target: TARGET,
        contentType: JSON_11,
        operation: "DescribeDatasetImportJob",
      });
      expect(schemaErrors(schemas.input, request?.body)).toEqual([]);
      expect(JSON.parse(request?.text ?? "null")).toStrictEqual(pair.wire);
      mock.assertNoViolations();
    });
  });

  describe("P5: errors reach the caller as the SDK's exceptions", () => {
    const MODELED = {
      InvalidInputException: { type: InvalidInputException, status: 400 },
      ResourceNotFoundException: { type: ResourceNotFoundException, status: 404 },
    } as const;
    type Modeled = keyof typeof MODELED;

    const messages = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom(`it's "quoted"`, "'", '"', "\\", "\\u0041", "line\nbreak", "\u0000", "😀👩‍👩‍👧", '{"__type":"x"}', "</script>", "%s %d", "\ud800 lone", ""),
    );
    const errorOf = (name: Modeled) =>
      fc.record({ name: fc.constant(name), body: fc.oneof(op.errors[name].wire as fc.Arbitrary<{ message?: string }>, messages.map((message) => ({ message }))) });

    property("P5 modeled", "the SDK's class, with the message, client fault and the modeled status", fc.oneof(errorOf("InvalidInputException"), errorOf("ResourceNotFoundException")), 100, async ({ name, body }) => {
      const mock = createPersonalizeMock({ data: "exhaustive" });
      transport.answerWith(describeDatasetImportJob.error(name, body, { mock }));
      const thrown = (await rejectionOf(describeJob())) as ThrownByClient;
      expect(thrown).toBeInstanceOf(MODELED[name].type);
      expect(thrown).toBeInstanceOf(PersonalizeServiceException);
      expect({ name: thrown.name, message: thrown.message, $fault: thrown.$fault, status: thrown.$metadata.httpStatusCode, requestId: thrown.$metadata.requestId }).toEqual({
        name,
        message: body.message === undefined || body.message === "" ? "UnknownError" : body.message,
        $fault: "client",
        status: MODELED[name].status,
        requestId: mock.requests[0]?.requestId,
      });
    });

    property("P5 unmodeled", "a request the service refuses: PersonalizeServiceException named after AWS's framework error", invalidInputs, 100, async ({ input, rejection }) => {
      const mock = createPersonalizeMock({ data: "exhaustive" });
      transport.answerWith(...mock.handlers);
      const thrown = (await rejectionOf(sdk.send(new DescribeDatasetImportJobCommand(input as unknown as DescribeDatasetImportJobCommandInput)))) as ThrownByClient;
      expect(thrown).toBeInstanceOf(PersonalizeServiceException);
      expect(thrown).not.toBeInstanceOf(InvalidInputException);
      expect(thrown).not.toBeInstanceOf(ResourceNotFoundException);
      expect({ name: thrown.name, message: thrown.message, $fault: thrown.$fault, status: thrown.$metadata.httpStatusCode }).toEqual({
        name: rejection?.error,
        message: rejection?.message,
        $fault: "client",
        status: 400,
      });
      mock.assertNoViolations();
    });
  });
});

// The client's side alone (no mock: a raw msw handler serves what the contract lacks), so over msw only.
describe("P3: unknown members", () => {
  const sdk = client();
  const describeJob = () => sdk.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: ARN }));

  /** Where unknown members go: the body itself, or a structure the drawn output holds (else the body). */
  type Place = "root" | "job" | "dataSource";
  const withUnknown = (body: unknown, extras: readonly (readonly [Place, string, unknown])[]): Record<string, unknown> => {
    const root = structuredClone(body) as Record<string, unknown>;
    const job = root.datasetImportJob as Record<string, unknown> | undefined;
    const places: Record<Place, Record<string, unknown> | undefined> = { root, job, dataSource: job?.dataSource as Record<string, unknown> | undefined };
    for (const [place, name, value] of extras) (places[place] ?? root)[name] = value;
    return root;
  };

  const unknown = fc.record({
    pair: op.output.pair,
    extras: fc.array(fc.tuple(fc.constantFrom<Place>("root", "job", "dataSource"), unknownMemberName, fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 4 }),
    indent: fc.constantFrom(undefined, 2, "\t"),
  });

  property("P3 unknown members", "members the model does not know, in a server's response, are dropped by the client", unknown, 50, async ({ pair, extras, indent }) => {
    const body = JSON.stringify(withUnknown(pair.wire, extras), null, indent);
    // The server side of this test: a raw handler (the mock would refuse to serve what its contract lacks).
    server.resetHandlers(http.post(AWS_URL, () => new HttpResponse(body, { status: 200, headers: { "Content-Type": JSON_11, "x-amzn-requestid": "req-1" } })));
    const { $metadata, ...got } = await describeJob();
    expect(got).toStrictEqual(pair.sdk);
    expect($metadata.requestId).toBe("req-1");
  });
});
