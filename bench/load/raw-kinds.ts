/**
 * Valid requests over raw HTTP (`node:http`, keep-alive), as any non-SDK client sends them: each
 * answer must be a 200 that the contract accepts strictly (every member known, every constraint
 * kept), and say what the mock's state implies. Variants the protocol allows are mixed in: a
 * Content-Type with parameters, lower-case header names, an empty body for an input with no
 * required member.
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#protocol-behaviors
 */
import { outputProblem, rawOutcome } from "./expect.ts";
import type { LoadClient, RawRequest } from "./load-client.ts";
import { awsJsonHeaders, createInput, datasetArn, describedAsCreated, jobArn, pageSize } from "./personalize.ts";
import type { Outcome, RequestKind } from "./request-kind.ts";

/** The headers of `operation` in one of the forms a server must accept, picked by `draw`. */
function headersOf(operation: string, draw: number): Record<string, string> {
  const headers = awsJsonHeaders(operation);
  switch (draw % 4) {
    case 0:
      return { ...headers, "Content-Type": `${headers["Content-Type"]}; charset=utf-8` };
    case 1:
      return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    default:
      return headers;
  }
}

async function rawCreate(client: LoadClient, draw: number): Promise<Outcome> {
  const input = createInput(client.nextJobName(), draw);
  const arn = jobArn(input.jobName);
  const request: RawRequest = { headers: headersOf("CreateDatasetImportJob", draw), body: Buffer.from(JSON.stringify(input)) };
  const answer = await client.post(request);
  const problem = outputProblem(answer, "CreateDatasetImportJob", (body) => (body.datasetImportJobArn === arn ? undefined : `datasetImportJobArn ${JSON.stringify(body.datasetImportJobArn)}, not ${JSON.stringify(arn)}`));
  if (problem === undefined) client.jobs.push({ arn, input });
  return rawOutcome(request, answer, problem);
}

/** Creates a job (sent in the warm-up, as the SDK's create is). */
export const RAW_CREATE: RequestKind = { name: "raw CreateDatasetImportJob", via: "raw", weight: 0, send: rawCreate };

export const RAW_KINDS: readonly RequestKind[] = [
  {
    name: "raw DescribeDatasetImportJob of a job it created",
    via: "raw",
    weight: 100,
    send: async (client, draw) => {
      if (client.jobs.length === 0) return rawCreate(client, draw);
      const job = client.jobs[draw % client.jobs.length]!;
      const request: RawRequest = { headers: headersOf("DescribeDatasetImportJob", draw), body: Buffer.from(JSON.stringify({ datasetImportJobArn: job.arn })) };
      const answer = await client.post(request);
      return rawOutcome(request, answer, outputProblem(answer, "DescribeDatasetImportJob", (body) => describedAsCreated(job, body)));
    },
  },
  {
    name: "raw ListDatasetImportJobs",
    via: "raw",
    weight: 20,
    send: async (client, draw) => {
      // One in five sends no body at all: a server reads it as `{}`.
      const maxResults = draw % 5 === 0 ? undefined : pageSize(draw);
      const input = maxResults === undefined ? undefined : draw % 3 === 0 ? { maxResults, datasetArn: datasetArn(draw) } : { maxResults };
      const request: RawRequest = { headers: headersOf("ListDatasetImportJobs", draw), body: Buffer.from(input === undefined ? "" : JSON.stringify(input)) };
      const answer = await client.post(request);
      const limit = maxResults ?? 100;
      return rawOutcome(
        request,
        answer,
        outputProblem(answer, "ListDatasetImportJobs", (body) => {
          const jobs = body.datasetImportJobs;
          return Array.isArray(jobs) && jobs.length > limit ? `${jobs.length} jobs, more than maxResults ${limit}` : undefined;
        }),
      );
    },
  },
];
