/**
 * Recorded traffic of the real restJson1 clients, for the `validate` tests: Lambda calls
 * (`@aws-sdk/client-lambda`: a label, a query member, headers, a blob payload, a JSON body, a
 * modeled error) and Personalize Runtime's GetRecommendations, each answered by a mock of the
 * service's contract through the in-process transport and recorded as HAR (record-har.ts).
 */
import { GetFunctionCommand, InvokeCommand, LambdaClient, ListFunctionsCommand, UpdateFunctionConfigurationCommand } from "@aws-sdk/client-lambda";
import { GetRecommendationsCommand, PersonalizeRuntimeClient } from "@aws-sdk/client-personalize-runtime";
import { join } from "node:path";
import { loadModelFile } from "../../../codegen/model/load.ts";
import { validationContract, type ValidationContract } from "../../../codegen/validate/contract.ts";
import { contract as personalizeRuntime } from "../../../generated/personalize-runtime/contract.ts";
import { createServiceMock } from "../../../runtime/mock/index.ts";
import { RESTJSON1_CORPUS_DIR } from "../../support/corpus.ts";
import { RecordingHandler, type Har } from "./record-har.ts";

export const LAMBDA_MODEL = join(RESTJSON1_CORPUS_DIR, "lambda-2015-03-31.json");
const CREDENTIALS = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };

/** The Lambda contract as `validate` builds it from the reference model. */
export function lambdaContract(): ValidationContract {
  return validationContract(loadModelFile(LAMBDA_MODEL));
}

/**
 * Lambda traffic, in order: Invoke (headers, a JSON payload), GetFunction, UpdateFunctionConfiguration
 * (a JSON body), ListFunctions (query), GetFunction of a function the mock says does not exist
 * (ResourceNotFoundException).
 */
export async function recordLambda(contract: ValidationContract = lambdaContract()): Promise<Har> {
  const mock = createServiceMock(contract.contract).create({ seed: 7 });
  const recorder = new RecordingHandler(mock.requestHandler);
  const client = new LambdaClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: recorder as never, maxAttempts: 1 });
  await client.send(new InvokeCommand({ FunctionName: "my-function", Qualifier: "prod", LogType: "Tail", InvocationType: "RequestResponse", Payload: new TextEncoder().encode(JSON.stringify({ order: 42 })) }));
  await client.send(new GetFunctionCommand({ FunctionName: "my-function" }));
  await client.send(new UpdateFunctionConfigurationCommand({ FunctionName: "my-function", MemorySize: 256, Timeout: 30, Description: "orders" }));
  await client.send(new ListFunctionsCommand({ MaxItems: 10 }));
  mock.requestHandler.use(
    // The mock's own helper answers the modeled error, as the service would.
    (createServiceMock(contract.contract) as unknown as { operation(name: string): { error(name: string, body: unknown): object } }).operation("GetFunction").error("ResourceNotFoundException", { Message: "Function not found: missing", Type: "User" }),
  );
  await client.send(new GetFunctionCommand({ FunctionName: "missing" })).catch((e: unknown) => {
    if ((e as Error).name !== "ResourceNotFoundException") throw e;
  });
  return recorder.har();
}

/** GetRecommendations of Personalize Runtime, twice (a campaign and a recommender with filter values). */
export async function recordPersonalizeRuntime(): Promise<Har> {
  const mock = createServiceMock(personalizeRuntime).create({ seed: 3 });
  const recorder = new RecordingHandler(mock.requestHandler);
  const client = new PersonalizeRuntimeClient({ region: "us-east-1", credentials: CREDENTIALS, requestHandler: recorder as never, maxAttempts: 1 });
  await client.send(new GetRecommendationsCommand({ campaignArn: "arn:aws:personalize:us-east-1:123456789012:campaign/books", userId: "u-1", numResults: 5 }));
  await client.send(
    new GetRecommendationsCommand({
      recommenderArn: "arn:aws:personalize:us-east-1:123456789012:recommender/top-picks",
      userId: "u-2",
      filterArn: "arn:aws:personalize:us-east-1:123456789012:filter/genre",
      filterValues: { GENRE: '"fiction"' },
      context: { DEVICE: "mobile" },
    }),
  );
  return recorder.har();
}
