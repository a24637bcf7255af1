/**
 * msw 3 renamed `server.listen({ onUnhandledRequest })` to `onUnhandledFrame`, and ignores the old
 * name without a word — so a suite written for msw 2 silently stops failing on unhandled requests
 * under msw 3. `onUnhandled(strategy)` sets both, so one line works on both majors (each ignores
 * the key it does not know; the type overlaps both versions' option types).
 *
 * @example server.listen(onUnhandled("error"))
 * @see https://mswjs.io/docs/api/setup-server/listen
 */
export type UnhandledStrategy = "error" | "warn" | "bypass";

export function onUnhandled<S extends UnhandledStrategy>(strategy: S): { onUnhandledRequest: S; onUnhandledFrame: S } {
  return { onUnhandledRequest: strategy, onUnhandledFrame: strategy };
}
