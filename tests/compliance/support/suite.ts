/**
 * The compliance suite of one protocol folder: one vitest test per server-side case, named by its
 * id, under the trait it comes from. A case listed in the file's exception table still runs and
 * must fail, with a message containing `failsWith` — so an exception that starts passing (or fails
 * for another reason) is noticed, and nothing is silently dropped.
 */
import { describe, expect, it } from "vitest";
import type { TestKind } from "./cases.ts";
import type { LocatedCase, ProtocolFolder } from "./protocol-folder.ts";
import { runRequestCase } from "./request-case.ts";
import { runResponseCase } from "./response-case.ts";

/** A case we cannot pass, and why. */
export interface Exception {
  readonly reason: string;
  /** A part of the message the case fails with: it fails for this reason, not another. */
  readonly failsWith: string;
}

/** Exceptions by trait, then case id (an id may name a request case and a response case alike). */
export type ExceptionTable = { readonly [K in TestKind]?: Readonly<Record<string, Exception>> };

const KINDS: readonly TestKind[] = ["httpRequestTests", "httpResponseTests", "httpMalformedRequestTests"];

/** Runs one case: resolves when it passes, rejects with the first difference. */
export function runCase(c: LocatedCase): Promise<void> {
  switch (c.kind) {
    case "httpRequestTests":
      return runRequestCase(c);
    case "httpResponseTests":
      return runResponseCase(c);
    case "httpMalformedRequestTests":
      // The awsJson folders define none (the suite asserts it); restJson1's are another issue's.
      return Promise.reject(new Error(`${c.id}: malformed-request cases are not run for ${c.protocol}`));
  }
}

/** Registers the folder's cases as tests, with the exceptions applied. */
export function describeCases(folder: ProtocolFolder, exceptions: ExceptionTable): void {
  for (const kind of KINDS) {
    const cases = folder.server.filter((c) => c.kind === kind);
    if (cases.length === 0) continue;
    describe(`${folder.name} @${kind}, server side`, () => {
      for (const c of cases) {
        const exception = exceptions[kind]?.[c.id];
        it(c.id, async () => {
          if (exception === undefined) return runCase(c);
          const failure = await runCase(c).then(
            () => undefined,
            (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
          );
          expect(failure, `${c.id} is listed as an exception (${exception.reason}) but passes now: remove it from EXCEPTIONS`).toBeDefined();
          expect(failure!.message, `${c.id} fails, but not for the reason its exception gives`).toContain(exception.failsWith);
        });
      }
    });
  }
}

/** The ids of the server-side cases of one trait. */
export function serverIds(folder: ProtocolFolder, kind: TestKind): string[] {
  return folder.server.filter((c) => c.kind === kind).map((c) => c.id);
}
