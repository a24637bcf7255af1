/**
 * The lifecycle overlay: resources whose states the model documents only in prose (a dataset
 * import job goes CREATE PENDING → CREATE IN_PROGRESS → ACTIVE or CREATE FAILED) move through
 * them on successive calls, as a client polling a real service sees. Entirely data-driven from a
 * {@link LifecycleSpec}; nothing here knows a service.
 *
 * State lives in a {@link Lifecycles} object that its mock owns and resets; there is no module state.
 */
import type { JsonSchema, LifecycleSpec } from "../contract.ts";
import { formatTimestamp, parseTimestamp } from "../protocol/awsjson.ts";
import { canonicalJson } from "../serde/canonical.ts";
import { deleteAt, getAt, setAt } from "../validation/pointer.ts";
import { nodeAt, timestampFormatOfSchema } from "../validation/schema.ts";

/** How a mock plays the lifecycles of its contract. */
export interface LifecycleOptions {
  /**
   * Move one state forward every `afterCalls` calls for the same id. Default 1 when `afterMs` is
   * not given either (each call moves on); with only `afterMs`, calls alone do not move.
   */
  readonly afterCalls?: number;
  /** Move one state forward every `afterMs` milliseconds (of {@link now}) since the first call for the id. */
  readonly afterMs?: number;
  /**
   * End in the spec's failure state instead of its last state, writing `reason` (default
   * {@link DEFAULT_FAILURE_REASON}) at the failure's `reasonPointer`. A function decides per id.
   */
  readonly fail?: FailOption | ((id: unknown) => FailOption);
  /** The clock, in milliseconds; inject one to test `afterMs` without waiting. Default `Date.now`. */
  readonly now?: () => number;
}

export type FailOption = boolean | { readonly reason?: string };

export const DEFAULT_FAILURE_REASON = "Simulated failure (smithy-contract mock lifecycle)";

/**
 * Where the moving timestamps start when the first answer has none: a fixed instant
 * (2020-01-01T00:00:00Z), not the clock, so that answers stay byte-identical across runs.
 */
export const DEFAULT_ANCHOR = Date.UTC(2020, 0, 1);

interface ResourceState {
  calls: number;
  readonly firstAt: number;
  index: number;
  /** Epoch ms of the first state's timestamps, read from the first answer (so answers stay deterministic). */
  anchor: number | undefined;
}

/**
 * The lifecycle state of one mock: per operation and resource id, how many calls were made and
 * which state was reached.
 */
export class Lifecycles {
  readonly #resources = new Map<string, ResourceState>();

  /** Forgets every resource (a mock's `reset()`). */
  reset(): void {
    this.#resources.clear();
  }

  /**
   * Plays one call of `spec.operation`: counts it for the id read from `input` at
   * `spec.idPointer`, and writes into `body` (the wire-form answer, changed in place) the state
   * reached, the requested id at `responseIdPointer`, the failure reason (or removes it), and
   * timestamps at `updatedPointers` that move forward one step (`afterMs`, else one second) per
   * state from the first answer's value (else {@link DEFAULT_ANCHOR}). The timestamps depend on the
   * state reached, never on the clock, so a seeded mock answers byte-identically across runs. Returns the state written, or undefined when the request
   * carries no id.
   *
   * @example lifecycles.advance(spec, { afterCalls: 2 }, { arn: "a" }, body, outputSchema) // "CREATE PENDING"
   */
  advance(spec: LifecycleSpec, options: LifecycleOptions, input: unknown, body: Record<string, unknown>, outputSchema: JsonSchema): string | undefined {
    const id = getAt(input, spec.idPointer);
    if (id === undefined) return undefined;
    const now = (options.now ?? Date.now)();
    const key = `${spec.operation}\u0000${canonicalJson(id)}`;
    let state = this.#resources.get(key);
    if (state === undefined) {
      state = { calls: 0, firstAt: now, index: 0, anchor: undefined };
      this.#resources.set(key, state);
    }
    state.calls++;

    const failure = failureOf(options, id);
    const states = failure === undefined ? spec.states : [...spec.states.slice(0, -1), requireFailure(spec).state];
    const last = states.length - 1;
    const afterCalls = options.afterCalls ?? (options.afterMs === undefined ? 1 : undefined);
    const byCalls = afterCalls === undefined ? 0 : Math.floor((state.calls - 1) / afterCalls);
    const byTime = options.afterMs === undefined ? 0 : Math.floor((now - state.firstAt) / options.afterMs);
    state.index = Math.min(last, Math.max(state.index, byCalls, byTime));
    const name = states[state.index]!;

    setAt(body, spec.statePointer, name);
    if (spec.responseIdPointer !== undefined) setAt(body, spec.responseIdPointer, id);
    const reasonPointer = spec.failure?.reasonPointer;
    if (reasonPointer !== undefined) {
      if (failure !== undefined && state.index === last) setAt(body, reasonPointer, failure);
      else deleteAt(body, reasonPointer);
    }
    this.#writeTimestamps(spec, options, state, body, outputSchema);
    return name;
  }

  #writeTimestamps(spec: LifecycleSpec, options: LifecycleOptions, state: ResourceState, body: Record<string, unknown>, schema: JsonSchema): void {
    const pointers = spec.updatedPointers ?? [];
    if (pointers.length === 0) return;
    if (state.anchor === undefined) {
      const read = (pointer: string): number | undefined => {
        const format = timestampFormatOfSchema(nodeAt(schema, pointer), schema);
        const value = getAt(body, pointer);
        if (value === undefined || format === undefined) return undefined;
        try {
          return parseTimestamp(value, format).getTime();
        } catch {
          return undefined; // Not a timestamp of the schema's form: the answer will fail validation on its own.
        }
      };
      const first = pointers.map(read).find((t) => t !== undefined);
      const created = (spec.createdPointers ?? []).map(read).filter((t): t is number => t !== undefined);
      // Never before the resource was created: a waiter computing durations must not see negative ones.
      state.anchor = Math.max(first ?? DEFAULT_ANCHOR, ...created);
    }
    const at = new Date(state.anchor + state.index * (options.afterMs ?? 1000));
    for (const pointer of pointers) {
      const format = timestampFormatOfSchema(nodeAt(schema, pointer), schema) ?? "epoch-seconds";
      setAt(body, pointer, formatTimestamp(at, format));
    }
  }
}

/** The failure reason when this id is to fail, else undefined. */
function failureOf(options: LifecycleOptions, id: unknown): string | undefined {
  const fail = typeof options.fail === "function" ? options.fail(id) : options.fail;
  if (fail === undefined || fail === false) return undefined;
  return fail === true ? DEFAULT_FAILURE_REASON : (fail.reason ?? DEFAULT_FAILURE_REASON);
}

function requireFailure(spec: LifecycleSpec): NonNullable<LifecycleSpec["failure"]> {
  if (spec.failure === undefined) throw new TypeError(`the lifecycle of ${spec.operation} has no failure state, so it cannot fail`);
  return spec.failure;
}

/**
 * Checks lifecycle options against the specs they will drive, so a mistake shows when the mock is
 * created rather than on some later call. Throws a `TypeError` naming the problem.
 */
export function checkLifecycleOptions(options: LifecycleOptions, specs: readonly LifecycleSpec[]): void {
  for (const [key, value] of [["afterCalls", options.afterCalls], ["afterMs", options.afterMs]] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0)) throw new TypeError(`lifecycle.${key} must be a positive number, not ${String(value)}`);
  }
  for (const spec of specs) {
    if (spec.states.length === 0) throw new TypeError(`the lifecycle of ${spec.operation} has no states`);
    if (options.fail !== undefined && options.fail !== false && typeof options.fail !== "function") requireFailure(spec);
  }
}
