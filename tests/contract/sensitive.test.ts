/**
 * No secrets echoed: a value of a `@sensitive` shape (Secrets Manager's `SecretString`,
 * `SecretBinary`) that breaks a constraint appears in no message, report or log — not in AWS's
 * `ValidationException` / `SerializationException` the mock answers, not in a `ContractViolation`
 * (message, `body`, what `assertNoViolations` throws), not in a `validate` line or its JUnit
 * report, not in a matcher's failure message. Built from the real Secrets Manager model, driven
 * through the real `SecretsManagerClient`.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { GetSecretValueCommand, PutSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildMockData } from "../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import { createServiceMock, onUnhandled } from "../../runtime/msw/index.ts";
import { matchers } from "../../runtime/vitest/matchers.ts";
import { cliArgs } from "../support/cli.ts";
import { corpusModels } from "../support/corpus.ts";

const MODEL = corpusModels().find((f) => f.endsWith("secrets-manager-2017-10-17.json"))!;
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The secret: every message and report is searched for it (and for a long slice of it). */
const SECRET = "hunter2-TOP-SECRET-";
const tooLong = SECRET.repeat(Math.ceil(65537 / SECRET.length)); // @length max 65536
const needles = [SECRET, tooLong.slice(3, 40)];
const clean = (text: string) => needles.every((n) => !text.includes(n));

const { closure } = loadClosure({ model: MODEL, operations: ["PutSecretValue", "GetSecretValue"] });
const { contract, outputs } = buildMockData(closure);
const secrets = createServiceMock(contract, { outputs });
const server = setupServer();
const client = new SecretsManagerClient({ region: "eu-west-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 });

beforeAll(() => server.listen(onUnhandled("error")));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe("the mock's answers to a bad request", () => {
  it("a SecretString over @length: ValidationException in AWS's form for sensitive members, without the value", async () => {
    server.use(...secrets.create().handlers);
    const error = await client.send(new PutSecretValueCommand({ SecretId: "app/db", SecretString: tooLong })).catch((e: unknown) => e as Error) as Error;
    expect(error).toMatchObject({ name: "ValidationException" });
    expect(error.message).toBe("1 validation error detected: Value at 'secretString' failed to satisfy constraint: Member must have length less than or equal to 65536");
    // The whole answer, as it crossed the wire:
    const raw = await fetch("https://secretsmanager.eu-west-1.amazonaws.com/", {
      method: "POST",
      headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.PutSecretValue" },
      body: JSON.stringify({ SecretId: "app/db", SecretString: tooLong }),
    });
    const text = await raw.text();
    expect(JSON.parse(text)).toEqual({ __type: "ValidationException", message: error.message });
    expect(clean(text + String(error))).toBe(true);
  });

  it("a SecretBinary that is not base64: SerializationException naming where, without the value", async () => {
    const mock = secrets.create();
    server.use(...mock.handlers);
    const response = await fetch("https://secretsmanager.eu-west-1.amazonaws.com/", {
      method: "POST",
      headers: { "Content-Type": "application/x-amz-json-1.1", "X-Amz-Target": "secretsmanager.PutSecretValue" },
      body: JSON.stringify({ SecretId: "app/db", SecretBinary: `${SECRET}!!` }),
    });
    const text = await response.text();
    expect([response.status, JSON.parse(text)]).toEqual([400, { __type: "SerializationException", message: "Invalid base64 blob at 'secretBinary'" }]);
    expect(clean(text)).toBe(true);
  });
});

describe("a contract violation of an answer", () => {
  it("names the member and the constraint, never the value: message, body, assertNoViolations", async () => {
    const mock = secrets.create();
    server.use(mock.operation("GetSecretValue")(() => ({ Name: "app/db", SecretString: tooLong })));
    const error = await client.send(new GetSecretValueCommand({ SecretId: "app/db" })).catch((e: unknown) => e as Error) as Error;
    expect(error.message).toBe(
      "GetSecretValue output violates the contract: /SecretString (GetSecretValueResponse.SecretString): length must be <= 65536 (maxLength), got <sensitive>",
    );
    const [violation] = mock.violations;
    expect(violation?.body).toEqual({ Name: "app/db", SecretString: "<sensitive>" });
    expect(clean(JSON.stringify(violation))).toBe(true);
    expect(clean(String(violation?.stack))).toBe(true);
    let thrown = "";
    try {
      mock.assertNoViolations();
    } catch (e) {
      thrown = String(e);
    }
    expect(thrown).toContain("got <sensitive>");
    expect(clean(thrown)).toBe(true);
  });

  it("given up front, throws where it is given without the value", () => {
    let message = "";
    try {
      secrets.create().operation("GetSecretValue")({ SecretString: tooLong });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("(GetSecretValueResponse.SecretString): length must be <= 65536 (maxLength), got <sensitive>");
    expect(clean(message)).toBe(true);
  });
});

describe("the matchers", () => {
  it("fail without the value", () => {
    const result = matchers.toMatchOperationInput({ SecretId: "app/db", SecretString: tooLong }, contract, "PutSecretValue");
    expect(result.pass).toBe(false);
    expect(result.message()).toContain("/SecretString (PutSecretValueRequest.SecretString): length must be <= 65536 (maxLength), got <sensitive>");
    expect(clean(result.message())).toBe(true);
  });
});

describe("smithy-contract validate (the built CLI)", () => {
  let tmp: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, ".tmp"), { recursive: true });
    tmp = mkdtempSync(join(ROOT, ".tmp", "sensitive-"));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("prints and reports the violation without the value", async () => {
    const input = join(tmp, "put.ndjson");
    writeFileSync(input, `${JSON.stringify({ SecretId: "app/db", SecretString: tooLong })}\n${JSON.stringify({ SecretId: "app/db", SecretString: "ok" })}\n`);
    const report = join(tmp, "junit.xml");
    const run = await new Promise<{ code: number; out: string; err: string }>((resolve) => {
      execFile(process.execPath, cliArgs("validate", "--model", MODEL, "--operation", "PutSecretValue", "--input", input, "--format", "junit", "--report", report), { cwd: ROOT, maxBuffer: 1 << 24 }, (error, out, err) => {
        resolve({ code: error === null ? 0 : Number(error.code), out, err });
      });
    });
    expect(run.code).toBe(1);
    expect(run.out).toContain("/SecretString (PutSecretValueRequest.SecretString): length must be <= 65536 (maxLength), got <sensitive>");
    const xml = readFileSync(report, "utf8");
    expect(xml).toContain("got &lt;sensitive&gt;");
    expect([run.out, run.err, xml].every(clean)).toBe(true);
  });
});
