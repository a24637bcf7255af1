/**
 * The table every hostile-request test file is written as: rows of a raw request and the exact
 * answer it must get, each sent through every transport (msw, in process, serve) of a subject.
 * For each row and transport it asserts that the mock answered (it never throws into the test), not
 * with a 500 of its own making, the exact status, error name (`X-Amzn-Errortype`, and `__type` when
 * the body carries one) and message (or, for a 200, a body the contract accepts strictly), within a
 * loose bound in seconds (for hangs only), and that no built-in prototype of the process that
 * answered changed. The slowest answers are printed once the file is done, for the note.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkerOf } from "../../../runtime/validation/checker.ts";
import { formatViolation } from "../../../runtime/validation/violations.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { startTransport, TRANSPORTS, type HostileRequest, type Reply, type Transport, type TransportName } from "./transports.ts";

/** An error answer: status, error name and message, all exact. */
export interface ErrorAnswer {
  readonly status: number;
  readonly error: string;
  readonly message: string;
}

/** A 200 whose body the contract accepts for `output` (strictly: no unknown member), and passes `check`. */
export interface OutputAnswer {
  readonly status: 200;
  readonly output: string;
  readonly check?: (body: Record<string, unknown>) => void;
}

export type Expected = ErrorAnswer | OutputAnswer;

export interface Row {
  readonly name: string;
  readonly request: HostileRequest;
  readonly expect: Expected;
  /** The transports the row is sent through (default: all three). */
  readonly transports?: readonly TransportName[];
}

/** A subject of the table: where the mock is and the contract its outputs are checked against. */
export interface TableSubject {
  readonly label: string;
  readonly subject: import("./transports.ts").Subject;
  readonly contract: ServiceContract;
}

/** No hostile request may take this long (a hang, not a speed check: the machine is shared). */
export const HANG_MS = 20_000;

/** `error` as `status` with `message`: an AWS-style error answer. */
export const refused = (status: number, error: string, message: string): ErrorAnswer => ({ status, error, message });

/** A 200 with `operation`'s output. */
export const answered = (operation: string, check?: OutputAnswer["check"]): OutputAnswer => ({ status: 200, output: operation, ...(check !== undefined && { check }) });

interface Timing {
  readonly row: string;
  readonly transport: TransportName;
  readonly ms: number;
}

/**
 * Declares one `describe` per subject (its transports started once, shared by its rows, closed
 * after) with one test per row and transport.
 */
export function hostileTable(file: string, tables: readonly { readonly on: TableSubject; readonly rows: readonly Row[] }[]): void {
  const timings: Timing[] = [];
  afterAll(() => {
    const worst = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 8);
    const perTransport = TRANSPORTS.map((t) => `${t} ${Math.max(0, ...timings.filter((x) => x.transport === t).map((x) => x.ms)).toFixed(0)} ms`);
    console.log(`hostile ${file}: ${timings.length} answers; slowest per transport: ${perTransport.join(", ")}\n${worst.map((w) => `  ${w.ms.toFixed(0).padStart(6)} ms  ${w.transport.padEnd(10)} ${w.row}`).join("\n")}`);
  });

  for (const { on, rows } of tables) {
    describe(on.label, () => {
      const started = new Map<TransportName, Transport>();
      beforeAll(async () => {
        for (const name of TRANSPORTS) started.set(name, await startTransport(name, on.subject));
      }, 60_000);
      afterAll(async () => {
        for (const t of started.values()) await t.close();
      });

      for (const name of TRANSPORTS) {
        const mine = rows.filter((r) => r.transports === undefined || r.transports.includes(name));
        describe(name, () => {
          it.each(mine.map((r) => [r.name, r] as const))("%s", async (_, row) => {
            const transport = started.get(name)!;
            const reply = await transport.send(row.request);
            timings.push({ row: `${on.label}: ${row.name}`, transport: name, ms: reply.ms });
            expectAnswer(reply, row.expect, on.contract);
            expect(reply.ms, "answered within the hang bound").toBeLessThan(HANG_MS);
            expect(await transport.prototypeChanges(), "built-in prototypes changed").toEqual([]);
          }, 60_000);
        });
      }
    });
  }
}

/** The answer's JSON body (undefined when it is not JSON). */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function expectAnswer(reply: Reply, want: Expected, contract: ServiceContract): void {
  expect(reply.status, `the mock threw into the test: ${reply.text}`).not.toBe(-1);
  expect(reply.status, `the mock answered 500 of its own making: ${reply.text}`).not.toBe(500);
  const body = jsonOf(reply.text) as Record<string, unknown> | undefined;
  if ("error" in want) {
    const got = {
      status: reply.status,
      error: reply.headers["x-amzn-errortype"],
      message: typeof body === "object" && body !== null ? (body.message ?? body.Message) : reply.text,
    };
    expect(got).toEqual({ status: want.status, error: want.error, message: want.message });
    // A body that names the error too (awsJson's `__type`) names the same one.
    if (typeof body === "object" && body !== null && "__type" in body) expect(body.__type).toBe(want.error);
    return;
  }
  expect({ status: reply.status, error: reply.headers["x-amzn-errortype"] }, reply.text.slice(0, 500)).toEqual({ status: 200, error: undefined });
  expect(typeof body === "object" && body !== null && !Array.isArray(body), "a JSON object body").toBe(true);
  const { violations } = checkerOf(contract).check({ operation: want.output, kind: "output" }, body);
  expect(violations.map(formatViolation), "the output breaks the contract").toEqual([]);
  want.check?.(body!);
}
