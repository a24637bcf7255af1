/**
 * `@http` URI patterns: parsed into path segments (literals, `{label}`s and at most one greedy
 * `{label+}`) and query literals (`?x-id=GetObject&list`), matched against a request's path and
 * query, ordered by specificity, and expanded into a client's request path.
 *
 * Smithy forbids two operations of a service whose patterns conflict; patterns may still overlap
 * where one is more specific (`/a/{b}` and `/a/b`, or the same path with a query literal). Among
 * the patterns a request matches, the most specific wins, compared segment by segment from the
 * left (a literal over a label, a label over a greedy label), then by more segments, then by more
 * query literals — as Smithy's server frameworks rank their routes.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#uri
 * @see https://smithy.io/2.0/spec/http-bindings.html#pattern-conflicts
 */
import { percentDecode, percentEncode } from "./percent.ts";

export type Segment =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "label"; readonly name: string }
  | { readonly kind: "greedy"; readonly name: string };

export interface UriPattern {
  readonly segments: readonly Segment[];
  /** Query literals: a name, with the value it must have (undefined: present with any value). */
  readonly query: readonly { readonly name: string; readonly value: string | undefined }[];
}

/**
 * Parses an `@http` URI pattern. Literal text is kept decoded (a pattern may percent-encode it).
 *
 * @example parseUriPattern("/a/{b}/{c+}?x=1&y").segments.map((s) => s.kind) // ["literal", "label", "greedy"]
 */
export function parseUriPattern(uri: string): UriPattern {
  const q = uri.indexOf("?");
  const path = q < 0 ? uri : uri.slice(0, q);
  const queryText = q < 0 ? "" : uri.slice(q + 1);
  const segments = splitPath(path).map((s): Segment => {
    const label = /^\{([^}]+)\}$/.exec(s);
    if (label === null) return { kind: "literal", text: percentDecode(s) ?? s };
    const name = label[1]!;
    return name.endsWith("+") ? { kind: "greedy", name: name.slice(0, -1) } : { kind: "label", name };
  });
  const query = queryText === "" ? [] : queryText.split("&").filter((p) => p !== "").map((p) => {
    const eq = p.indexOf("=");
    return eq < 0 ? { name: percentDecode(p) ?? p, value: undefined } : { name: percentDecode(p.slice(0, eq)) ?? p.slice(0, eq), value: percentDecode(p.slice(eq + 1)) ?? p.slice(eq + 1) };
  });
  return { segments, query };
}

/**
 * The segments of a path (`/a/b/` → `["a", "b"]`): split at `/`, still percent-encoded; one
 * trailing `/` is not a segment of its own.
 */
export function splitPath(path: string): string[] {
  const trimmed = path.startsWith("/") ? path.slice(1) : path;
  if (trimmed === "") return [];
  const parts = trimmed.split("/");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/**
 * The labels of a request path that matches `pattern` (values percent-decoded; a greedy label's
 * segments joined with `/`), or undefined when it does not match: a literal differs, a label would
 * be empty, or a segment's escapes are malformed.
 *
 * @example matchPath(parseUriPattern("/g/{foo}/b/{baz+}"), splitPath("/g/hello%2Fescape/b/there/guy")) // { foo: "hello/escape", baz: "there/guy" }
 */
export function matchPath(pattern: UriPattern, path: readonly string[]): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  const { segments } = pattern;
  const greedy = segments.findIndex((s) => s.kind === "greedy");
  const before = greedy < 0 ? segments : segments.slice(0, greedy);
  const after = greedy < 0 ? [] : segments.slice(greedy + 1);
  if (greedy < 0 ? path.length !== segments.length : path.length < segments.length) return undefined;
  const one = (segment: Segment, raw: string): boolean => {
    const text = percentDecode(raw);
    if (text === undefined) return false;
    if (segment.kind === "literal") return text === segment.text;
    if (text === "") return false;
    labels[segment.name] = text;
    return true;
  };
  for (let i = 0; i < before.length; i++) if (!one(before[i]!, path[i]!)) return undefined;
  for (let i = 0; i < after.length; i++) if (!one(after[i]!, path[path.length - after.length + i]!)) return undefined;
  if (greedy >= 0) {
    const spanned = path.slice(before.length, path.length - after.length);
    const decoded = spanned.map(percentDecode);
    if (decoded.some((d) => d === undefined || d === "")) return undefined;
    labels[(segments[greedy] as Segment & { kind: "greedy" }).name] = decoded.join("/");
  }
  return labels;
}

/** True when the query (decoded name → values) holds every query literal of `pattern`. */
export function matchesQueryLiterals(pattern: UriPattern, query: ReadonlyMap<string, readonly string[]>): boolean {
  return pattern.query.every(({ name, value }) => {
    const values = query.get(name);
    return values !== undefined && (value === undefined || values.includes(value));
  });
}

const RANK: Readonly<Record<Segment["kind"], number>> = { literal: 2, label: 1, greedy: 0 };

/**
 * Orders two patterns a request matches: negative when `a` is more specific (it wins).
 *
 * @example compareSpecificity(parseUriPattern("/a/b"), parseUriPattern("/a/{b}")) // < 0
 */
export function compareSpecificity(a: UriPattern, b: UriPattern): number {
  const n = Math.min(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const d = RANK[b.segments[i]!.kind] - RANK[a.segments[i]!.kind];
    if (d !== 0) return d;
  }
  if (a.segments.length !== b.segments.length) return b.segments.length - a.segments.length;
  return b.query.length - a.query.length;
}

/**
 * The request path and query literals of `pattern` with `labels` filled in (already in their text
 * form), percent-encoded; a greedy label keeps its `/`.
 *
 * @example expandUri(parseUriPattern("/f/{name}/{key+}?x=1"), { name: "a b", key: "c/d" }) // "/f/a%20b/c/d?x=1"
 */
export function expandUri(pattern: UriPattern, labels: Readonly<Record<string, string>>): string {
  const path = pattern.segments
    .map((s) => {
      if (s.kind === "literal") return percentEncode(s.text);
      const value = labels[s.name];
      if (value === undefined || value === "") throw new TypeError(`the label ${s.name} has no value`);
      return percentEncode(value, { keepSlash: s.kind === "greedy" });
    })
    .join("/");
  const query = pattern.query.map(({ name, value }) => (value === undefined ? percentEncode(name) : `${percentEncode(name)}=${percentEncode(value)}`)).join("&");
  return `/${path}${query === "" ? "" : `?${query}`}`;
}
