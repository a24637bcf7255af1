/**
 * Paging as `@paginated` says: a list operation serves one stable collection per request (the
 * request without its token and page size), a page holds at most the page size, the answer's token
 * leads to the next page and is absent on the last. The tokens a mock hands out are remembered by
 * that mock (an explicit {@link PageTokens}), so a token means "this collection, from this item".
 *
 * @see https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
import type { PagingSpec } from "../contract.ts";
import { canonicalJson } from "../serde/canonical.ts";
import { deleteAt, getAt } from "../validation/pointer.ts";

/** Where a page starts, or why the request's token cannot be read. */
export type PageStart = { readonly ok: true; readonly offset: number } | { readonly ok: false; readonly token: unknown };

/** The tokens one mock has handed out: token → collection and offset. Cleared by `reset()`. */
export class PageTokens {
  /** By the token's canonical JSON (a token may be any JSON value: DynamoDB's is a key map). */
  readonly #byToken = new Map<string, { readonly collection: string; readonly offset: number }>();
  readonly #byPlace = new Map<string, unknown>();

  /**
   * The token of `collection` at `offset`: the one handed out before, else the first of
   * `make(0)`, `make(1)`, … that no other place holds and that {@link start} does not read as "no
   * token" (a client sends `""` or `null` back as the first page's, so the walk would never end).
   */
  tokenFor(collection: string, offset: number, make: (attempt: number) => unknown): unknown {
    const place = `${collection}\u0000${offset}`;
    if (this.#byPlace.has(place)) return this.#byPlace.get(place);
    for (let attempt = 0; attempt < 32; attempt++) {
      const token = make(attempt);
      const key = canonicalJson(token);
      if (isNoToken(token) || this.#byToken.has(key)) continue;
      this.#byPlace.set(place, token);
      this.#byToken.set(key, { collection, offset });
      return token;
    }
    throw new Error(`no fresh page token for ${collection} at ${offset}: the token's constraints leave too few values`);
  }

  /** Where the request's token (`undefined`: none, the first page) starts in `collection`. */
  start(collection: string, token: unknown): PageStart {
    if (isNoToken(token)) return { ok: true, offset: 0 };
    const place = this.#byToken.get(canonicalJson(token));
    return place !== undefined && place.collection === collection ? { ok: true, offset: place.offset } : { ok: false, token };
  }

  reset(): void {
    this.#byToken.clear();
    this.#byPlace.clear();
  }
}

/** What a request's token reads as when it asks for the first page. */
function isNoToken(token: unknown): boolean {
  return token === undefined || token === null || token === "";
}

/**
 * The key of the collection a request pages through: the operation and the request without its
 * token and page size, so every page of one walk reads the same collection.
 *
 * @example collectionKey("ListTables", { Limit: 2, ExclusiveStartTableName: "t" }, paging) // 'ListTables {}'
 */
export function collectionKey(operation: string, input: unknown, paging: PagingSpec): string {
  const rest = structuredClone(input ?? {}) as object;
  deleteAt(rest, paging.inputToken);
  if (paging.pageSize !== undefined) deleteAt(rest, paging.pageSize);
  return `${operation} ${canonicalJson(rest)}`;
}

/** The page size a request asks for (its page-size member), else the operation's default; at least 1. */
export function pageSizeOf(input: unknown, paging: PagingSpec): number {
  const asked = paging.pageSize === undefined ? undefined : getAt(input, paging.pageSize);
  const size = typeof asked === "number" && Number.isFinite(asked) ? Math.floor(asked) : paging.defaultPageSize;
  return Math.max(1, size);
}
