/**
 * The matchers as asymmetric matchers (`expect.toMatchOperationOutput(contract, op)` inside
 * `toEqual` or `objectContaining`). `expect.extend` makes these already, but prints them with
 * their arguments in a failed `toEqual`'s diff — the whole contract, every schema of the service.
 * These print as `toMatchOperationOutput<AmazonPersonalize, "DescribeDatasetImportJob">`.
 *
 * They follow the protocol vitest and jest read asymmetric matchers by: a `$$typeof` of
 * `Symbol.for("jest.asymmetricMatcher")`, `asymmetricMatch`, and `toAsymmetricMatcher` for the
 * diff (pretty-format's AsymmetricMatcher plugin).
 *
 * @see https://vitest.dev/api/expect.html#expect-extend
 */
import { isServiceContract } from "./check.ts";
import type { MatchResult } from "./matchers.ts";

/** A matcher of the `matchers` object, called without vitest's `this`. */
export type MatcherFn = (received: unknown, ...args: never[]) => MatchResult;

export class ContractAsymmetricMatcher {
  readonly $$typeof = Symbol.for("jest.asymmetricMatcher");

  constructor(
    readonly matcherName: string,
    private readonly matcher: MatcherFn,
    readonly sample: readonly unknown[],
    readonly inverse: boolean,
  ) {}

  asymmetricMatch(other: unknown): boolean {
    const { pass } = (this.matcher as (received: unknown, ...args: readonly unknown[]) => MatchResult)(other, ...this.sample);
    return this.inverse ? !pass : pass;
  }

  toString(): string {
    return `${this.inverse ? "not." : ""}${this.matcherName}`;
  }

  getExpectedType(): string {
    return "object";
  }

  /** `toMatchOperationError<AmazonPersonalize, "DescribeDatasetImportJob", "ResourceNotFoundException">`: the contract by its service name. */
  toAsymmetricMatcher(): string {
    const args = this.sample.map((a) => (isServiceContract(a) ? a.serviceName : JSON.stringify(a) ?? String(a)));
    return `${this.toString()}<${args.join(", ")}>`;
  }

  /** How chai's `inspect` (the one-line assertion message) shows the matcher. */
  [Symbol.for("chai/inspect")](): string {
    return this.toAsymmetricMatcher();
  }
}

/**
 * Installs the matchers' asymmetric forms on `expect` and `expect.not`, replacing the ones
 * `expect.extend` made (the same matching, a short description in diffs). Also in the registry
 * vitest copies them from into each test context's own `expect` (`it("…", ({ expect }) => …)`),
 * when there is one; without it those keep `expect.extend`'s forms, which match the same.
 */
export function installAsymmetric(expect: object & { not: object }, matchers: Readonly<Record<string, MatcherFn>>): void {
  const registry: unknown = (globalThis as Record<symbol, unknown>)[Symbol.for("asymmetric-matchers-object")];
  const targets: [object, boolean][] = [[expect, false], [expect.not, true]];
  if (typeof registry === "object" && registry !== null) targets.push([registry, false]);
  for (const [name, matcher] of Object.entries(matchers)) {
    for (const [target, inverse] of targets) {
      Object.defineProperty(target, name, {
        configurable: true,
        enumerable: true,
        writable: true,
        value: (...sample: unknown[]) => new ContractAsymmetricMatcher(name, matcher, sample, inverse),
      });
    }
  }
}
