/**
 * One of the load's concurrent clients: the real Personalize SDK client over its own keep-alive
 * agent (`NodeHttpHandler`), and a raw `node:http` keep-alive agent for what the SDK would never
 * send. Each keeps one socket per agent, so 50 clients hold at most 100 connections; a client sends
 * its requests one after another, so what it learnt (the jobs it created) is its own.
 *
 * @see https://nodejs.org/api/http.html#new-agentoptions
 * @see https://github.com/smithy-lang/smithy-typescript/tree/main/packages/node-http-handler
 */
import { PersonalizeClient, type CreateDatasetImportJobCommandInput } from "@aws-sdk/client-personalize";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { Agent, request, type IncomingHttpHeaders } from "node:http";

/** An answer as it came off the wire. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A raw request: headers exactly as given (none added but Host, Content-Length and Connection). */
export interface RawRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** A job a client created, as it asked for it. */
export interface CreatedJob {
  readonly arn: string;
  readonly input: CreateDatasetImportJobCommandInput;
}

/**
 * One client of the load, with both doors to the server.
 *
 * @example
 * const client = new LoadClient(0, "http://127.0.0.1:4010");
 * await client.sdk.send(new ListDatasetImportJobsCommand({}));
 * await client.post({ headers: { "Content-Type": "application/x-amz-json-1.1" }, body: Buffer.from("{}") });
 * client.destroy();
 */
export class LoadClient {
  readonly sdk: PersonalizeClient;
  readonly #sdkAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  readonly #rawAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  readonly #url: URL;
  /** The jobs this client created (through either door), oldest first. */
  readonly jobs: CreatedJob[] = [];
  #creates = 0;
  /** Milliseconds from sending the last request to having read its whole answer (checks excluded). */
  lastMs = 0;

  constructor(
    readonly index: number,
    origin: string,
  ) {
    this.#url = new URL("/", origin);
    this.sdk = new PersonalizeClient({
      endpoint: origin,
      region: "us-east-1",
      credentials: { accessKeyId: "load", secretAccessKey: "load" },
      maxAttempts: 1,
      requestHandler: new NodeHttpHandler({ httpAgent: this.#sdkAgent }),
    });
  }

  /** The name of this client's next job: unique in the run (the mock names a job's ARN after it). */
  nextJobName(): string {
    return `c${this.index}-${this.#creates++}`;
  }

  /** Runs `send` (one request and the reading of its answer), timing it into {@link lastMs}. */
  async timed<T>(send: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await send();
    } finally {
      this.lastMs = performance.now() - started;
    }
  }

  /** POSTs `req` to `/` over the raw agent and reads the whole answer (timed). */
  post(req: RawRequest): Promise<RawAnswer> {
    return this.timed(() => this.#post(req));
  }

  #post(req: RawRequest): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        this.#url,
        { method: "POST", agent: this.#rawAgent, headers: { ...req.headers, "Content-Length": String(req.body.length) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      outgoing.on("error", reject);
      outgoing.end(req.body);
    });
  }

  destroy(): void {
    this.sdk.destroy();
    this.#sdkAgent.destroy();
    this.#rawAgent.destroy();
  }
}
