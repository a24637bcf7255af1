/**
 * SDK calls end to end: the real PersonalizeClient sending DescribeDatasetImportJob, answered
 *
 * - by our msw mock, against a bare msw handler answering a fixed body (both through msw and the
 *   client: the ratio is what our mock adds to an msw test);
 * - by our in-process transport (`mock.requestHandler`), against the SDK's floor: a no-op
 *   `requestHandler` returning a fixed response (signing, middleware and serde, no HTTP).
 *
 * Both fixed bodies are a realistic answer of the same mock, so the client parses the same bytes.
 */
import { DescribeDatasetImportJobCommand, PersonalizeClient } from "@aws-sdk/client-personalize";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { createPersonalizeMock } from "../../generated/personalize/msw.ts";
import { ratioFigure, runAsync, type Figure, type Size } from "../harness.ts";

const URL_ = "https://personalize.us-east-1.amazonaws.com/";
const credentials = { accessKeyId: "x", secretAccessKey: "x" };

export async function sdkCallFigures(size: Size): Promise<Figure[]> {
  const calls = size === "tiny" ? 5 : 50;
  // 41 interleaved rounds: a round is ~50 ms, and with 15 the ratio of the medians moved by ±0.3 between runs on this machine.
  const rounds = size === "tiny" ? 3 : 41;
  let n = 0;
  const arn = () => `arn:aws:personalize:us-east-1:123456789012:dataset-import-job/j${n++ % 50}`;
  const describe = (client: PersonalizeClient) => client.send(new DescribeDatasetImportJobCommand({ datasetImportJobArn: arn() }));

  // One answer of the mock, as the fixed body both baselines serve.
  const sample = createPersonalizeMock({ seed: 1, lifecycle: false });
  const { response } = await sample.requestHandler.handle({ method: "POST", protocol: "https:", hostname: "personalize.us-east-1.amazonaws.com", path: "/", headers: { "content-type": "application/x-amz-json-1.1", "x-amz-target": "AmazonPersonalize.DescribeDatasetImportJob" }, body: JSON.stringify({ datasetImportJobArn: arn() }) });
  const fixed = response.body;
  const headers = { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "00000000-0000-4000-8000-000000000000" };

  const overHttp = new PersonalizeClient({ region: "us-east-1", credentials, maxAttempts: 1 });
  const bare = setupServer(http.post(URL_, () => new HttpResponse(fixed, { headers })));
  const ours = setupServer(...createPersonalizeMock({ seed: 1, lifecycle: false }).handlers);
  const loop = async (client: PersonalizeClient) => {
    for (let i = 0; i < calls; i++) await describe(client);
  };
  const within = async (server: ReturnType<typeof setupServer>, client: PersonalizeClient) => {
    server.listen({ onUnhandledRequest: "error" });
    try {
      await loop(client);
    } finally {
      server.close();
    }
  };
  const msw = await runAsync({
    name: "SDK call answered by our msw mock",
    baselineName: "a bare msw handler with a fixed body",
    baseline: () => within(bare, overHttp),
    subject: () => within(ours, overHttp),
    rounds,
    inner: 1,
  });

  const noop = new PersonalizeClient({
    region: "us-east-1",
    credentials,
    maxAttempts: 1,
    requestHandler: { handle: async () => ({ response: { statusCode: 200, headers: { ...headers }, body: fixed } }) } as never,
  });
  const mock = createPersonalizeMock({ seed: 1, lifecycle: false });
  const inProcess = new PersonalizeClient({ region: "us-east-1", credentials, maxAttempts: 1, requestHandler: mock.requestHandler });
  const floor = await runAsync({
    name: "SDK call through our in-process transport",
    baselineName: "the SDK's no-op requestHandler (fixed response)",
    baseline: () => loop(noop),
    subject: () => loop(inProcess),
    rounds,
    inner: 1,
  });
  return [
    ratioFigure(msw, `${calls} calls`, { op: "<=", value: 1.1 }),
    ratioFigure(floor, `${calls} calls`, { op: "<=", value: 1.3 }),
  ];
}
