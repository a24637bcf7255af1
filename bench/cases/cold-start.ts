/**
 * Import plus first answer of the DynamoDB mock, in a fresh Node process (as a test file starts):
 * import the generated DynamoDB contract and the mock runtime, make a mock and answer one GetItem
 * through the real DynamoDBClient and the in-process transport — against the same process doing
 * only what the test would do without us: import the client and send one GetItem to a no-op
 * `requestHandler`. Both processes run with tsx (as vitest transpiles a test), interleaved.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateService } from "../../codegen/generate.ts";
import type { Figure, Size } from "../harness.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MODEL = fileURLToPath(new URL("../../../shared/models/aws/dynamodb-2012-08-10.json", import.meta.url));

const CLIENT = `import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
const options = { region: "us-east-1", credentials: { accessKeyId: "x", secretAccessKey: "x" }, maxAttempts: 1 };
const input = new GetItemCommand({ TableName: "Music", Key: { Artist: { S: "Acme Band" } } });`;

const BASELINE = `${CLIENT}
const body = new TextEncoder().encode("{}");
const client = new DynamoDBClient({ ...options, requestHandler: { handle: async () => ({ response: { statusCode: 200, headers: { "content-type": "application/x-amz-json-1.0" }, body } }) } as never });
await client.send(input);
process.stdout.write(String(performance.now()));
`;

const SUBJECT = `${CLIENT}
import { createServiceMock } from "smithy-contract/mock";
import { contract } from "./dynamodb/contract.ts";
const mock = createServiceMock(contract).create({ seed: 1 });
const client = new DynamoDBClient({ ...options, requestHandler: mock.requestHandler });
const answer = await client.send(input);
if (answer.$metadata.httpStatusCode !== 200) throw new Error("no answer");
process.stdout.write(String(performance.now()));
`;

function timeOf(script: string): number {
  const child = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`bench: ${script} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

export function coldStartFigures(size: Size): Figure[] {
  if (!existsSync(MODEL)) {
    console.log(`bench: ${MODEL} is absent; the DynamoDB cold start cannot be measured`);
    return [];
  }
  const dir = join(ROOT, ".tmp", "bench-cold-start");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "dynamodb"), { recursive: true });
  try {
    for (const f of generateService({ model: MODEL, out: dir }).files) {
      if (!f.path.endsWith(".ts")) continue;
      writeFileSync(join(dir, "dynamodb", f.path), f.contents);
    }
    writeFileSync(join(dir, "baseline.mts"), BASELINE);
    writeFileSync(join(dir, "subject.mts"), SUBJECT);
    const rounds = size === "tiny" ? 1 : 7;
    // Warm-up: tsx's transpile cache, the file system's.
    timeOf(join(dir, "baseline.mts"));
    timeOf(join(dir, "subject.mts"));
    const b: number[] = [];
    const s: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? ["baseline", "subject"] : ["subject", "baseline"];
      for (const which of order) (which === "baseline" ? b : s).push(timeOf(join(dir, `${which}.mts`)));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    const [bm, sm] = [median(b), median(s)];
    return [
      { name: "import + first answer of the DynamoDB mock (fresh process, in-process transport)", value: sm, unit: "ms", detail: `the same process with the client and a no-op requestHandler: ${bm.toFixed(0)} ms (ratio ${(sm / bm).toFixed(2)}×)` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
