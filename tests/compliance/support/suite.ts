/**
 * The compliance suite of one protocol folder: one vitest test per server-side case, named by its
 * id (an expanded malformed-request case by its id and position, `Id[3] value=…`), under the trait
 * it comes from. A case listed in the file's exception table still runs and must fail, with a
 * message containing `failsWith` — so an exception that starts passing (or fails for another
 * reason) is noticed, and nothing is silently dropped.
 */
import { describe, expect, it } from "vitest";
import type { TestKind } from "./cases.ts";
import { runMalformedCase } from "./malformed-case.ts";
import { expandMalformedCase, type ExpandedMalformedCase } from "./malformed-cases.ts";
import type { LocatedCase, ProtocolFolder } from "./protocol-folder.ts";
import { addedHeaders, runRequestCase } from "./request-case.ts";
import { runResponseCase } from "./response-case.ts";

/** A case we cannot pass, and why. */
export interface Exception {
  readonly reason: string;
  /** A part of the message the case fails with: it fails for this reason, not another. */
  readonly failsWith: string;
}

/**
 * Exceptions by trait, then case id (an id may name a request case and a response case alike). A
 * malformed-request case is named by its id (every position of its matrix) or `Id[i]` (one).
 */
export type ExceptionTable = { readonly [K in TestKind]?: Readonly<Record<string, Exception>> };

const KINDS: readonly TestKind[] = ["httpRequestTests", "httpResponseTests", "httpMalformedRequestTests"];

/** A located malformed-request case, expanded. */
export type LocatedMalformedCase = ExpandedMalformedCase & Pick<LocatedCase, "site" | "shapeId">;

/** The server-side malformed-request cases of a folder, expanded (the parameter matrices). */
export function malformedCasesOf(folder: ProtocolFolder): LocatedMalformedCase[] {
  return folder.server.flatMap((c) => (c.kind === "httpMalformedRequestTests" ? expandMalformedCase(c).map((e) => ({ ...e, site: c.site, shapeId: c.shapeId })) : []));
}

/** A malformed case's test name: its id, and its position and parameters when expanded. */
export function malformedName(c: ExpandedMalformedCase): string {
  if (c.index === undefined) return c.id;
  const params = Object.entries(c.parameters ?? {})
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  return `${c.id}[${c.index}] ${params}`;
}

/** Runs one case: resolves when it passes, rejects with the first difference. */
export function runCase(c: LocatedCase): Promise<void> {
  switch (c.kind) {
    case "httpRequestTests":
      return runRequestCase(c);
    case "httpResponseTests":
      return runResponseCase(c);
    case "httpMalformedRequestTests":
      return Promise.reject(new Error(`${c.id}: a malformed-request case runs expanded (runMalformedCase)`));
  }
}

/** Registers one test: the case passes, or — listed as an exception — fails for the reason given. */
function caseTest(name: string, exception: Exception | undefined, run: () => Promise<void>): void {
  it(name, async () => {
    if (exception === undefined) return run();
    const failure = await run().then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    expect(failure, `${name} is listed as an exception (${exception.reason}) but passes now: remove it from EXCEPTIONS`).toBeDefined();
    expect(failure!.message, `${name} fails, but not for the reason its exception gives`).toContain(exception.failsWith);
  });
}

/** Registers the folder's request and response cases (those of `kinds`) as tests, with the exceptions applied. */
export function describeCases(folder: ProtocolFolder, exceptions: ExceptionTable, kinds: readonly TestKind[] = ["httpRequestTests", "httpResponseTests"]): void {
  for (const kind of kinds) {
    if (kind === "httpMalformedRequestTests") continue;
    const cases = folder.server.filter((c) => c.kind === kind);
    if (cases.length === 0) continue;
    describe(`${folder.name} @${kind}, server side`, () => {
      for (const c of cases) caseTest(c.id, exceptions[kind]?.[c.id], () => runCase(c));
    });
  }
}

/** The exception of a malformed case: by `Id[i]`, else by `Id`. */
function malformedException(exceptions: ExceptionTable, c: ExpandedMalformedCase): Exception | undefined {
  const table = exceptions.httpMalformedRequestTests ?? {};
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
  return (c.index === undefined ? undefined : own(`${c.id}[${c.index}]`)) ?? own(c.id);
}

/**
 * Registers the malformed-request cases `cases` (expanded) as tests under `title`, after checking
 * that the table's malformed-request exceptions name cases among them.
 */
export function describeMalformedCases(title: string, cases: readonly LocatedMalformedCase[], exceptions: ExceptionTable): void {
  describe(title, () => {
    it("lists as exceptions only cases among these", () => {
      const names = new Set(cases.flatMap((c) => [c.id, ...(c.index === undefined ? [] : [`${c.id}[${c.index}]`])]));
      expect(Object.keys(exceptions.httpMalformedRequestTests ?? {}).filter((k) => !names.has(k))).toEqual([]);
    });
    for (const c of cases) caseTest(malformedName(c), malformedException(exceptions, c), () => runMalformedCase(c, c.site));
  });
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
  /** Malformed-request cases once their parameter matrices are expanded (Smithy's README count); absent: none. */
  readonly malformedExpanded?: number;
}

/**
 * The folder's suite: what it holds (counts, the exception table naming real cases, the requests
 * completed with the protocol's headers), then every server-side request and response case as its
 * own test (malformed-request cases run in their own files: {@link describeMalformedCases}).
 */
export function describeFolder(folder: ProtocolFolder, expected: FolderExpectations): void {
  describe(`${folder.name}: the folder`, () => {
    it("holds the cases counted (server side: appliesTo absent or \"server\")", () => {
      const counts = Object.fromEntries(
        KINDS.map((kind) => [kind, { all: folder.all.filter((c) => c.kind === kind).length, server: folder.server.filter((c) => c.kind === kind).length }]),
      );
      expect(counts).toEqual(expected.counts);
      expect(malformedCasesOf(folder).length, "malformed-request cases, expanded").toBe(expected.malformedExpanded ?? 0);
    });

    it("lists as exceptions only server-side cases of the folder", () => {
      const stale = (["httpRequestTests", "httpResponseTests"] as const).flatMap((kind) =>
        Object.keys(expected.exceptions[kind] ?? {})
          .filter((id) => !folder.server.some((c) => c.kind === kind && c.id === id))
          .map((id) => `${kind} ${id}`),
      );
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
