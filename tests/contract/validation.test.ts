/**
 * The contract's two sides agree on what is valid.
 *
 * - P1: every value the generated arbitraries draw satisfies the generated wire schema of its
 *   shape under the project's strict ajv (schemas read from `generated/personalize/schemas/`):
 *   DescribeDatasetImportJob's input and output, and both modeled error bodies (with the `__type`
 *   a service adds; the error arbitraries draw the members only). What the real client serializes
 *   from the SDK side is checked in client.test.ts (P4).
 * - P2: a valid value with ONE constraint broken is refused: by the schema with exactly that keyword
 *   at that path, and by the mock as AWS would refuse it (inputs) or as a `ContractViolation`
 *   naming the JSON pointer and the constraint (outputs).
 */
import { DescribeDatasetImportJobCommand, PersonalizeServiceException } from "@aws-sdk/client-personalize";
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { ContractViolation, ContractViolations } from "smithy-contract/msw";
import { operations } from "../../generated/personalize/arbitraries.ts";
import { createPersonalizeMock, describeDatasetImportJob } from "../../generated/personalize/msw.ts";
import { inputMutations } from "./support/inputMutations.ts";
import { outputMutations } from "./support/outputMutations.ts";
import { property } from "./support/property.ts";
import { schemaErrors, schemas } from "./support/schemas.ts";
import { AWS_URL, JSON_11, rejectionOf, thrownBy, useServer, type ThrownByClient } from "./support/setup.ts";
import { transports } from "./support/transport.ts";

const server = useServer();
const op = operations.DescribeDatasetImportJob;

describe("P1: drawn values satisfy their schemas", () => {
  property("P1 input", "every drawn input validates against the input schema", op.input.wire, 500, (body) => {
    expect(schemaErrors(schemas.input, body)).toEqual([]);
  });

  property("P1 output", "every drawn output validates against the output schema", op.output.wire, 500, (body) => {
    expect(schemaErrors(schemas.output, body)).toEqual([]);
  });

  const errorBodies = fc.oneof(
    op.errors.InvalidInputException.wire.map((body) => ({ name: "InvalidInputException" as const, body })),
    op.errors.ResourceNotFoundException.wire.map((body) => ({ name: "ResourceNotFoundException" as const, body })),
  );

  property("P1 errors", "every drawn error body, with its __type, validates against its error schema", errorBodies, 500, ({ name, body }) => {
    expect(schemaErrors(schemas.errors[name], { __type: name, ...(body as object) })).toEqual([]);
    // Without the __type a service always sends, it is not an error body of the contract.
    expect(schemaErrors(schemas.errors[name], body)).toEqual([{ keyword: "required", instancePath: "", member: "__type" }]);
  });
});

describe.each(transports(server))("P2: one broken input constraint, through $name", (transport) => {
  // With `validationError`, constraint violations come back as the modeled InvalidInputException
  // (same message); a body that cannot be read stays a SerializationException.
  const cases = fc.record({ mutation: inputMutations, modeled: fc.boolean(), seed: fc.integer() });

  property("P2 input", "the schema's keyword and path, and AWS's answer from the mock", cases, 100, async ({ mutation, modeled, seed }) => {
    expect(schemaErrors(schemas.input, mutation.input)).toEqual([mutation.schema]);

    const mock = createPersonalizeMock({ data: "exhaustive", seed, ...(modeled && { validationError: "InvalidInputException" }) });
    transport.answerWith(...mock.handlers);
    const answer = await transport.post(JSON.stringify(mutation.input));
    expect(mock.requests.map((r) => [r.method, r.url, r.text])).toEqual([["POST", AWS_URL, JSON.stringify(mutation.input)]]);
    expect(answer.headers.get("content-type")).toBe(JSON_11);
    expect(answer.headers.get("x-amzn-requestid")).toBe(mock.requests[0]?.requestId);
    const { rejection } = mutation;
    if (rejection === undefined) {
      // The service drops the unknown member and answers for the rest.
      expect(answer.status).toBe(200);
      expect(schemaErrors(schemas.output, answer.json)).toEqual([]);
      return;
    }
    const error = modeled && rejection.error === "ValidationException" ? "InvalidInputException" : rejection.error;
    expect({ status: answer.status, errorType: answer.headers.get("x-amzn-errortype"), body: answer.json }).toEqual({
      status: 400,
      errorType: error,
      body: { __type: error, message: rejection.message },
    });
    mock.assertNoViolations();
  });
});

describe("P2: one broken output constraint", () => {
  property("P2 output", "the schema's keyword and path, and a ContractViolation naming them where the output is given", outputMutations, 300, ({ body, schema, problem }) => {
    expect(schemaErrors(schemas.output, body)).toEqual([schema]);
    const thrown = thrownBy(() => describeDatasetImportJob(body as never));
    expect(thrown).toBeInstanceOf(ContractViolation);
    expect((thrown as ContractViolation).message).toBe(`DescribeDatasetImportJob output violates the contract: ${problem}`);
  });

  it("must show: a handler given a jobName of 64 characters fails the test, naming /datasetImportJob/jobName and the constraint", () => {
    const thrown = thrownBy(() => describeDatasetImportJob({ datasetImportJob: { jobName: "a".repeat(64) } }));
    expect(thrown).toBeInstanceOf(ContractViolation);
    expect((thrown as Error).message).toBe(
      'DescribeDatasetImportJob output violates the contract: /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…',
    );
  });
});

describe.each(transports(server))("P2: one broken output constraint, through $name", (transport) => {
  const sdk = transport.client();
  // A resolver's output is checked per request: the client gets a 500 ContractViolation carrying the
  // message, and the mock keeps the violation for assertNoViolations().
  property("P2 output resolver", "from a resolver: a 500 ContractViolation to the client, recorded by the mock", outputMutations, 40, async ({ body, problem }) => {
    const mock = createPersonalizeMock({ data: "exhaustive" });
    transport.answerWith(describeDatasetImportJob(() => body as never, { mock }));
    const message = `DescribeDatasetImportJob output violates the contract: ${problem}`;
    const thrown = (await rejectionOf(sdk.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: "arn:aws:personalize:us-east-1:1:dataset-import-job/j" })))) as ThrownByClient;
    expect(thrown).toBeInstanceOf(PersonalizeServiceException);
    expect({ name: thrown.name, message: thrown.message, $fault: thrown.$fault, status: thrown.$metadata.httpStatusCode }).toEqual({ name: "ContractViolation", message, $fault: "server", status: 500 });
    expect(mock.violations.map((v) => v.message)).toEqual([message]);
    const all = thrownBy(() => mock.assertNoViolations());
    expect(all).toBeInstanceOf(ContractViolations);
    expect((all as Error).message).toBe(`1 answer broke the contract:\n- ${message}`);
  });
});
