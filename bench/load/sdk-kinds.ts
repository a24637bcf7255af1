/**
 * Requests through the real SDK (`@aws-sdk/client-personalize` over a keep-alive NodeHttpHandler):
 * calls that must succeed with the answer the mock's state implies (a created job is described as
 * it was created), and calls that must fail exactly as asked — the modeled
 * `ResourceNotFoundException` of a job never created (serve runs with `--state closed`), and AWS's
 * unmodeled `ValidationException` for a malformed ARN (the SDK checks no constraints itself).
 */
import {
  CreateDatasetImportJobCommand,
  DescribeDatasetImportJobCommand,
  ListDatasetImportJobsCommand,
  PersonalizeServiceException,
  ResourceNotFoundException,
} from "@aws-sdk/client-personalize";
import { contract } from "../../generated/personalize/contract.ts";
import { checkValue } from "../../runtime/vitest/check.ts";
import { formatViolation } from "../../runtime/validation/violations.ts";
import { clip } from "./expect.ts";
import type { LoadClient } from "./load-client.ts";
import { badArnMessage, createInput, datasetArn, describedAsCreated, jobArn, neverCreatedName, pageSize } from "./personalize.ts";
import { OK, type Outcome, type RequestKind } from "./request-kind.ts";

function sdkContractProblem(operation: string, output: object): string | undefined {
  const { label, violations } = checkValue(contract, { operation, kind: "output" }, output);
  return violations.length === 0 ? undefined : `${label} breaks the contract: ${violations.map(formatViolation).join("; ")}`;
}

/** Sends `command` and checks the output (`check`) or the error (`checkError`); any other result is wrong. */
async function call<O extends { $metadata: { httpStatusCode?: number; requestId?: string } }>(
  client: LoadClient,
  name: string,
  input: object,
  command: () => Promise<O>,
  check: { output?: (output: O) => string | undefined; error?: (error: unknown) => string | undefined },
): Promise<Outcome> {
  let problem: string | undefined;
  let answer: string;
  try {
    const output = await client.timed(command);
    const { $metadata, ...body } = output;
    answer = `${$metadata.httpStatusCode} ${clip(JSON.stringify(body))}`;
    if (check.output === undefined) problem = "the call succeeded";
    else if ($metadata.httpStatusCode !== 200) problem = `status ${$metadata.httpStatusCode}, not 200`;
    else if (!$metadata.requestId) problem = "no request id";
    else problem = check.output(output);
  } catch (e) {
    const err = e as Error & { $metadata?: { httpStatusCode?: number } };
    answer = `${err.name} ${err.$metadata?.httpStatusCode ?? "-"} ${clip(JSON.stringify(err.message))}`;
    problem = check.error === undefined ? `the call failed: ${err.name}: ${err.message}` : check.error(e);
  }
  return problem === undefined ? OK : { kind: "wrong", request: `SDK ${name} ${clip(JSON.stringify(input))}`, answer, why: problem };
}

async function create(client: LoadClient, draw: number): Promise<Outcome> {
  const input = createInput(client.nextJobName(), draw);
  const arn = jobArn(input.jobName);
  const outcome = await call(client, "CreateDatasetImportJob", input, () => client.sdk.send(new CreateDatasetImportJobCommand(input)), {
    output: (o) => sdkContractProblem("CreateDatasetImportJob", o) ?? (o.datasetImportJobArn === arn ? undefined : `datasetImportJobArn ${JSON.stringify(o.datasetImportJobArn)}, not ${JSON.stringify(arn)}`),
  });
  if (outcome.kind === "ok") client.jobs.push({ arn, input });
  return outcome;
}

/** Creates a job (sent in the warm-up: what a job created costs the mock to keep is state, not a leak). */
export const SDK_CREATE: RequestKind = { name: "SDK CreateDatasetImportJob", via: "sdk", weight: 0, send: create };

export const SDK_KINDS: readonly RequestKind[] = [
  {
    name: "SDK DescribeDatasetImportJob of a job it created",
    via: "sdk",
    weight: 140,
    send: (client, draw) => {
      const jobs = client.jobs;
      // A client whose warm-up creates failed (reported) creates one now.
      if (jobs.length === 0) return create(client, draw);
      const job = jobs[draw % jobs.length]!;
      const input = { datasetImportJobArn: job.arn };
      return call(client, "DescribeDatasetImportJob", input, () => client.sdk.send(new DescribeDatasetImportJobCommand(input)), {
        output: (o) => sdkContractProblem("DescribeDatasetImportJob", o) ?? describedAsCreated(job, o as unknown as Record<string, unknown>),
      });
    },
  },
  {
    name: "SDK DescribeDatasetImportJob of a job never created (ResourceNotFoundException)",
    via: "sdk",
    weight: 50,
    send: (client, draw) => {
      const arn = jobArn(neverCreatedName(draw));
      const input = { datasetImportJobArn: arn };
      return call(client, "DescribeDatasetImportJob", input, () => client.sdk.send(new DescribeDatasetImportJobCommand(input)), {
        error: (e) => {
          if (!(e instanceof ResourceNotFoundException)) return `not a ResourceNotFoundException: ${(e as Error).name}`;
          if (e.$metadata.httpStatusCode !== 404) return `status ${e.$metadata.httpStatusCode}, not 404`;
          if (e.$fault !== "client") return `$fault ${e.$fault}, not client`;
          const message = `DatasetImportJob ${arn} does not exist`;
          return e.message === message ? undefined : `message ${JSON.stringify(e.message)}, not ${JSON.stringify(message)}`;
        },
      });
    },
  },
  {
    name: "SDK ListDatasetImportJobs",
    via: "sdk",
    weight: 30,
    send: (client, draw) => {
      const maxResults = pageSize(draw);
      const input = draw % 3 === 0 ? { maxResults, datasetArn: datasetArn(draw) } : { maxResults };
      return call(client, "ListDatasetImportJobs", input, () => client.sdk.send(new ListDatasetImportJobsCommand(input)), {
        output: (o) => sdkContractProblem("ListDatasetImportJobs", o) ?? ((o.datasetImportJobs?.length ?? 0) <= maxResults ? undefined : `${o.datasetImportJobs?.length} jobs, more than maxResults ${maxResults}`),
      });
    },
  },
  {
    name: "SDK DescribeDatasetImportJob with a malformed ARN (ValidationException)",
    via: "sdk",
    weight: 30,
    send: (client, draw) => {
      const value = `not-an-arn-${draw % 100}`;
      const input = { datasetImportJobArn: value };
      return call(client, "DescribeDatasetImportJob", input, () => client.sdk.send(new DescribeDatasetImportJobCommand(input)), {
        error: (e) => {
          // Unmodeled for Personalize: the service's base exception named after the wire type.
          if (!(e instanceof PersonalizeServiceException) || e.constructor !== PersonalizeServiceException) return `not the base PersonalizeServiceException: ${(e as Error).constructor.name}`;
          if (e.name !== "ValidationException") return `name ${e.name}, not ValidationException`;
          if (e.$metadata.httpStatusCode !== 400) return `status ${e.$metadata.httpStatusCode}, not 400`;
          const message = badArnMessage(value);
          return e.message === message ? undefined : `message ${JSON.stringify(e.message)}, not ${JSON.stringify(message)}`;
        },
      });
    },
  },
];
