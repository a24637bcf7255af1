/**
 * `smithy-contract serve`'s usage errors, in process: each is one line, exit 2, before anything
 * listens.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../codegen/cli/main.ts";

async function run(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(["serve", "--model", "model/personalize.json", ...args], { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const USAGE = 'Run "smithy-contract --help" for usage.\n';

describe("smithy-contract serve: usage errors", () => {
  it.each([
    [["--port", "70000"], "error: --port must be between 0 and 65535 (got 70000)\n"],
    [["--port", "80a"], 'error: --port must be an integer (got "80a")\n'],
    [["--seed", "1.5"], 'error: --seed must be an integer (got "1.5")\n'],
    [["--latency", "90-10"], "error: --latency 90-10: the minimum is above the maximum\n"],
    [["--lifecycle-after-calls", "0"], "error: --lifecycle-after-calls must be at least 1 (got 0)\n"],
    [["--validation-error", "NoSuchException"], "error: --validation-error: no operation of Personalize models NoSuchException (modeled errors: InvalidInputException, InvalidNextTokenException, LimitExceededException, ResourceAlreadyExistsException, ResourceInUseException, ResourceNotFoundException, TooManyTagsException)\n"],
    [["--data", "random"], 'error: --data must be realistic or exhaustive (got "random")\n'],
    [["--data", "Realistic"], 'error: --data must be realistic or exhaustive (got "Realistic")\n'],
    [["--data"], "error: option --data needs a value\n"],
    [["--state", "half-open"], 'error: --state must be open or closed (got "half-open")\n'],
    [["--state", "CLOSED"], 'error: --state must be open or closed (got "CLOSED")\n'],
    [["--now", "yesterday"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "yesterday")\n'],
    [["--now", ""], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "")\n'],
    [["--now", "1748736000000"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "1748736000000")\n'],
    [["--now", "NOW"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "NOW")\n'],
    // Without its zone, Date.parse reads a date-time in the machine's time zone: answers would differ by machine.
    [["--now", "2025-06-01T00:00:00"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-06-01T00:00:00")\n'],
    [["--now", "2025-06-01 10:00"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-06-01 10:00")\n'],
    // Days and times that do not exist (Date.parse rolls them over).
    [["--now", "2025-02-30T00:00:00Z"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-02-30T00:00:00Z")\n'],
    [["--now", "2025-13-01"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-13-01")\n'],
    [["--now", "2025-06-01T24:00:00Z"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-06-01T24:00:00Z")\n'],
    [["--now", "2025-06-01T00:00:00Zjunk"], 'error: --now must be an ISO date-time such as 2025-06-01T12:00:00Z, or "now" (got "2025-06-01T00:00:00Zjunk")\n'],
    [["--operation", "NoSuchOperation"], undefined],
    [["extra"], 'error: serve takes no positional arguments (got "extra")\n'],
    [["--colour"], "error: unknown option --colour\n"],
  ] as const)("%j", async (args, line) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    if (line !== undefined) expect(r.err).toBe(line + USAGE);
    else expect(r.err).toMatch(/^error: .*NoSuchOperation.*\n$/);
  });

  // An accepted clock goes on to the next check: the model is loaded and --validation-error refused.
  it.each(["now", "2025-06-01", "2025-06-01T00:00Z", "2025-06-01T00:00:00Z", "2025-06-01T02:00:00.123+02:00", "2024-02-29T23:59:59Z"])("--now %s is a clock", async (now) => {
    const r = await run(["--now", now, "--data", "exhaustive", "--state", "closed", "--validation-error", "NoSuchException"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: --validation-error: no operation of Personalize models NoSuchException /);
  });

  it("--help: the options, exit 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: smithy-contract serve \[options\]\n/);
    expect(r.out).toContain("--lifecycle-after-calls <n>");
  });
});
