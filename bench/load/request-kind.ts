/**
 * What the load sends: kinds of requests, each with the one answer it must get. A kind's `send`
 * sends one request of its kind from one client and checks the whole answer (status, headers,
 * body, contract), so a wrong answer can never count as a success.
 */
import type { LoadClient } from "./load-client.ts";

/** Which door a request goes through. */
export type Via = "sdk" | "raw" | "hostile";

/** How one request went. */
export type Outcome =
  | { readonly kind: "ok" }
  /** A known difference from AWS's answer (see {@link Deviation}), answered exactly as pinned. */
  | { readonly kind: "deviation"; readonly deviation: string }
  /** AWS's answer where a {@link Deviation} was pinned: the runtime was fixed; the pin can go. */
  | { readonly kind: "fixed"; readonly deviation: string }
  | { readonly kind: "wrong"; readonly request: string; readonly answer: string; readonly why: string };

/**
 * A request whose answer today differs from AWS's: pinned exactly as the mock answers it, with
 * where the difference comes from, until the runtime answers as AWS does (then `fixed`).
 */
export interface Deviation {
  /** One line: what differs. */
  readonly what: string;
  /** The file and line the answer comes from. */
  readonly where: string;
}

export interface RequestKind {
  readonly name: string;
  readonly via: Via;
  /** Relative share of the mix (an integer). */
  readonly weight: number;
  /** Set on the kinds whose pinned answer is a known deviation from AWS's. */
  readonly deviation?: Deviation;
  /**
   * Sends one request of this kind from `client` and checks its answer; `draw` is this request's
   * number from the seeded mix (it picks names, sizes and variants).
   */
  send(client: LoadClient, draw: number): Promise<Outcome>;
}

export const OK: Outcome = { kind: "ok" };
