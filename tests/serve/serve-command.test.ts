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

  it("--help: the options, exit 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: smithy-contract serve \[options\]\n/);
    expect(r.out).toContain("--lifecycle-after-calls <n>");
  });
});
