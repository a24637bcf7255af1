/**
 * The compliance suite of one protocol folder: one vitest test per server-side case, named by its
 * id, under the trait it comes from. A case listed in the file's exception table still runs and
 * must fail, with a message containing `failsWith` — so an exception that starts passing (or fails
 * for another reason) is noticed, and nothing is silently dropped.
 */
import { describe, expect, it } from "vitest";
import type { TestKind } from "./cases.ts";
import type { LocatedCase, ProtocolFolder } from "./protocol-folder.ts";
import { addedHeaders, runRequestCase } from "./request-case.ts";
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

/** How many cases of each trait a folder holds: all of them, and those a server must pass. */
export type CaseCounts = { readonly [K in TestKind]: { readonly all: number; readonly server: number } };

/** What a protocol's test file states about its folder. */
export interface FolderExpectations {
  /** Counted independently of this suite (Smithy's README counts; the server side by hand). */
  readonly counts: CaseCounts;
  readonly exceptions: ExceptionTable;
  /** Request cases that omit headers every request of the protocol has, and the headers added (see `addedHeaders`). */
  readonly addedHeaders: Readonly<Record<string, readonly string[]>>;
}

/**
 * The folder's suite: what it holds (counts, the exception table naming real cases, the requests
 * completed with the protocol's headers), then every server-side case as its own test.
 */
export function describeFolder(folder: ProtocolFolder, expected: FolderExpectations): void {
  describe(`${folder.name}: the folder`, () => {
    it("holds the cases counted (server side: appliesTo absent or \"server\"; no malformed-request cases for awsJson)", () => {
      const counts = Object.fromEntries(
        KINDS.map((kind) => [kind, { all: folder.all.filter((c) => c.kind === kind).length, server: folder.server.filter((c) => c.kind === kind).length }]),
      );
      expect(counts).toEqual(expected.counts);
    });

    it("lists as exceptions only server-side cases of the folder", () => {
      const stale = KINDS.flatMap((kind) => Object.keys(expected.exceptions[kind] ?? {}).filter((id) => !folder.server.some((c) => c.kind === kind && c.id === id)).map((id) => `${kind} ${id}`));
      expect(stale).toEqual([]);
    });

    it("completes exactly these requests with the protocol's headers", () => {
      const added = Object.fromEntries(
        folder.server.flatMap((c) => (c.kind === "httpRequestTests" && Object.keys(addedHeaders(c, c.site)).length > 0 ? [[c.id, Object.keys(addedHeaders(c, c.site))]] : [])),
      );
      expect(added).toEqual(expected.addedHeaders);
    });
  });
  describeCases(folder, expected.exceptions);
}
