/**
 * The load's mix, drawn from the seed with fast-check: which kind each request is (weighted) and its
 * draw (which picks names, sizes and variants). The warm-up starts with one `setup` request per
 * client (the job it will read; the setup kinds taken in turn); every kind of the mix is sent at
 * least once per phase; request
 * `i` of a phase goes to client `i % clients`, each client sending its share in order — so what a
 * client has learnt before a request (the jobs it created) is the same on every run of a seed,
 * however the clients interleave.
 *
 * @see https://fast-check.dev/docs/core-blocks/arbitraries/composites/any/#oneof
 */
import * as fc from "fast-check";
import type { RequestKind } from "./request-kind.ts";

/** One request of the plan. */
export interface Planned {
  readonly kind: RequestKind;
  readonly draw: number;
}

/** The two phases of a run, each planned from the same seed. */
export interface LoadPlan {
  /** Sent first, to compile, fill caches and open connections; not measured. */
  readonly warmUp: readonly (readonly Planned[])[];
  /** The measured requests, by client. */
  readonly measured: readonly (readonly Planned[])[];
}

/**
 * The plan over `clients` clients: a warm-up of one `setup` request per client (client `c` sends
 * `setup[c % setup.length]`) then `warmUp` requests of the mix, and `requests` measured requests
 * of the mix (`kinds`, by weight).
 *
 * @example planLoad(KINDS, [SDK_CREATE], { requests: 200, warmUp: 20, clients: 50, seed: 0 }).measured.flat().length // 200
 */
export function planLoad(
  kinds: readonly RequestKind[],
  setup: readonly RequestKind[],
  options: { readonly requests: number; readonly warmUp: number; readonly clients: number; readonly seed: number },
): LoadPlan {
  const request = fc.record({
    kind: fc.oneof(...kinds.map((kind) => ({ weight: kind.weight, arbitrary: fc.constant(kind) }))),
    draw: fc.nat(),
  });
  const drawn = fc.sample(request, { seed: options.seed, numRuns: options.warmUp + options.requests });
  const phase = (list: Planned[]): Planned[][] => {
    // Every kind at least once (when the phase has room), at the front so that even a short run meets them all.
    const all = list.map((p, i) => (i < kinds.length ? { kind: kinds[i]!, draw: p.draw } : p));
    return Array.from({ length: options.clients }, (_, c) => all.filter((_, i) => i % options.clients === c));
  };
  const warmUp = phase(drawn.slice(0, options.warmUp)).map((share, c) => (setup.length === 0 ? share : [{ kind: setup[c % setup.length]!, draw: c }, ...share]));
  return { warmUp, measured: phase(drawn.slice(options.warmUp)) };
}
