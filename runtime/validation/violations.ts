/**
 * ajv's errors, made readable: each becomes a {@link Violation} that names the place in the data
 * (JSON pointer), the Smithy member it belongs to (`DatasetImportJob.jobName`, see schema.ts),
 * the broken constraint in words and the offending value. `smithy-contract validate` prints these
 * lines and the vitest matchers print the same ones, so this lives in runtime/ (which never imports
 * the generator).
 *
 * ajv with `allErrors` reports every failing branch of an `anyOf`/`oneOf`; a wall of "must be
 * number / must be equal to one of the allowed values / must match a schema in anyOf" helps no
 * one. {@link toViolations} keeps the branch that fits the value's JSON kind (and reports its
 * errors), or, when no branch fits, says in one line what the value could have been.
 *
 * @see https://ajv.js.org/api.html#validation-errors
 * @see https://www.rfc-editor.org/rfc/rfc6901 (JSON pointer)
 */
import type { ErrorObject } from "ajv";
import { formatValue } from "./format.ts";
import { constraintMessage, expectation, jsonKind } from "./messages.ts";
import type { MessageContext } from "./messages.ts";
import { childPointer, getAt, isWithin } from "./pointer.ts";
import { isNode, locatedAlternatives, positionAt, type SchemaNode } from "./schema.ts";

export { VALUE_LIMIT, formatValue, formatViolation } from "./format.ts";

/** What a violation shows instead of a value of a `@sensitive` shape or member. */
export const SENSITIVE_VALUE = "<sensitive>";

/** One broken constraint. */
export interface Violation {
  /** JSON pointer (RFC 6901) of the offending value; for a missing member, where it should be. `""` is the whole value. */
  readonly pointer: string;
  /** The Smithy member, `Shape.member` (list items `Shape.member[]`, map values `Shape.member{}`); see schema.ts. */
  readonly memberPath: string;
  /** The JSON Schema keyword that failed (`maxLength`, `required`, `additionalProperties`, `anyOf`, …; `json` for text that is not JSON). */
  readonly keyword: string;
  /** The constraint in words: `length must be <= 63 (maxLength)`, `is required`, `unknown member "jobNmae"`. */
  readonly message: string;
  /**
   * The offending value as JSON, cut to {@link VALUE_LIMIT} characters with `…`; absent for a
   * missing member; `<sensitive>` for a value of a `@sensitive` shape or member (never repeated).
   */
  readonly value?: string;
}

export interface ViolationOptions {
  /** The name of the root when the schema's root is written inline, not as a `$ref` (error bodies: the error's name). */
  readonly rootName?: string;
}
/**
 * The violations of `value` against `schema`, from the errors of an ajv validator compiled from
 * that schema (`validate.errors` after `validate(value)` returned false). Order follows ajv's;
 * exact duplicates are dropped.
 *
 * @example
 * const validate = createAjv().compile(schema);
 * if (!validate(body)) for (const v of toViolations(validate.errors, schema, body)) console.log(formatViolation(v));
 * // /datasetImportJob/jobName (DatasetImportJob.jobName): length must be <= 63 (maxLength), got "aaaaaaaa…"
 */
export function toViolations(
  errors: readonly ErrorObject[] | null | undefined,
  schema: SchemaNode,
  value: unknown,
  options: ViolationOptions = {},
): Violation[] {
  if (!errors || errors.length === 0) return [];
  const ctx: Ctx = { root: schema, value, rootName: options.rootName ?? "" };
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const v of convert(group(errors), ctx)) {
    const key = `${v.pointer}\u0000${v.keyword}\u0000${v.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface Ctx extends MessageContext {
  readonly value: unknown;
}

/** An ajv error; for a failed `anyOf`/`oneOf`, the errors of its branches with it. */
interface Node {
  readonly error: ErrorObject;
  readonly members?: readonly Node[];
}

/**
 * Rebuilds which errors came from which combinator. ajv (allErrors) pushes a failed
 * `anyOf`/`oneOf`'s branch errors just before the combinator's own error; they sit at or below its
 * instance path. An error of a sibling keyword of the same schema (same parent schema path) is not
 * a branch error and ends the run.
 */
function group(errors: readonly ErrorObject[]): Node[] {
  const out: Node[] = [];
  for (const error of errors) {
    if (!isCombinator(error)) {
      out.push({ error });
      continue;
    }
    const parent = error.schemaPath.slice(0, error.schemaPath.lastIndexOf("/") + 1);
    const members: Node[] = [];
    for (let last = out.at(-1); last !== undefined; last = out.at(-1)) {
      const e = last.error;
      if (!isWithin(e.instancePath, error.instancePath)) break;
      if (isSiblingKeyword(e.schemaPath, parent, error.schemaPath)) break;
      members.unshift(out.pop()!);
    }
    out.push({ error, members });
  }
  return out;
}

/**
 * True for an error of another keyword of the schema that holds the combinator. Errors under
 * `$defs` are not: ajv names the errors of a `$ref`'d schema by the referenced schema's path.
 */
function isSiblingKeyword(schemaPath: string, parent: string, combinator: string): boolean {
  if (!schemaPath.startsWith(parent) || schemaPath.startsWith(`${combinator}/`)) return false;
  return !schemaPath.slice(parent.length).startsWith("$defs/");
}

/** A failed `anyOf`, or a `oneOf` that no branch passed (a oneOf passed twice has no branch errors). */
function isCombinator(e: ErrorObject): boolean {
  if (e.keyword === "anyOf") return true;
  return e.keyword === "oneOf" && (e.params as { passingSchemas?: unknown }).passingSchemas == null;
}

function convert(nodes: readonly Node[], ctx: Ctx): Violation[] {
  const out: Violation[] = [];
  for (const node of nodes) {
    if (node.members === undefined) {
      const v = leaf(node.error, ctx);
      if (v !== undefined) out.push(v);
    } else {
      out.push(...combinator(node, ctx));
    }
  }
  return out;
}

/**
 * The violations of a failed `anyOf`/`oneOf`: those of the branch that fits the value's JSON kind
 * (fewest violations among them, then the first), or one line listing what would have fitted.
 */
function combinator(node: Node, ctx: Ctx): Violation[] {
  const { error } = node;
  const branches = splitBranches(node, ctx);
  const value = getAt(ctx.value, error.instancePath);
  let best: Violation[] | undefined;
  const expected: string[] = [];
  for (const members of branches.values()) {
    const mismatch = members.find((m) => m.error.instancePath === error.instancePath && isKindMismatch(m.error, value));
    if (mismatch !== undefined) {
      const what = expectation(mismatch.error);
      if (what !== undefined && !expected.includes(what)) expected.push(what);
      continue;
    }
    const violations = convert(members, ctx);
    if (best === undefined || violations.length < best.length) best = violations;
  }
  if (best !== undefined && best.length > 0) return best;
  const message = expected.length > 0 ? `must be ${expected.join(" or ")}` : `must match one of the alternatives (${error.keyword})`;
  return [violation(error.instancePath, error.keyword, message, value, ctx)];
}

/** The combinator's members grouped by branch index (from the schema path, or the branch's `$ref`). */
function splitBranches(node: Node, ctx: Ctx): Map<number, Node[]> {
  const { error } = node;
  const prefix = `${error.schemaPath}/`;
  const branchSchemas = combinatorBranches(error, ctx);
  const out = new Map<number, Node[]>();
  let previous = 0;
  for (const m of node.members ?? []) {
    let index: number | undefined;
    if (m.error.schemaPath.startsWith(prefix)) {
      index = Number(m.error.schemaPath.slice(prefix.length).split("/")[0]);
    } else {
      const i = branchSchemas.findIndex((b) => typeof b.$ref === "string" && m.error.schemaPath.startsWith(`${b.$ref}/`));
      if (i >= 0) index = i;
    }
    const at = index !== undefined && Number.isInteger(index) ? index : previous;
    previous = at;
    const list = out.get(at) ?? [];
    list.push(m);
    out.set(at, list);
  }
  return out;
}

/** The branch schemas of the combinator that produced `error`, found along its instance path. */
function combinatorBranches(error: ErrorObject, ctx: Ctx): SchemaNode[] {
  const here = positionAt(ctx.root, error.instancePath, ctx.rootName);
  for (const alt of locatedAlternatives(ctx.root, { schema: here.schema, name: undefined })) {
    const branches = alt.schema?.[error.keyword];
    if (Array.isArray(branches)) return branches.filter(isNode);
  }
  return [];
}

/** A branch that failed on the value's JSON kind itself (its `type`, or an enum/const of other kinds). */
function isKindMismatch(e: ErrorObject, value: unknown): boolean {
  if (e.keyword === "type") return true;
  if (e.keyword === "enum") {
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    return !allowed.some((a) => jsonKind(a) === jsonKind(value));
  }
  if (e.keyword === "const") return jsonKind((e.params as { allowedValue?: unknown }).allowedValue) !== jsonKind(value);
  return false;
}
/** One ajv error as a violation, or undefined for errors that only summarize others. */
function leaf(e: ErrorObject, ctx: Ctx): Violation | undefined {
  const at = e.instancePath;
  const value = getAt(ctx.value, at);
  const p = e.params as Record<string, unknown>;
  if (e.propertyName !== undefined) {
    // An error of `propertyNames`: about a map key, not a value.
    const key = e.propertyName;
    const map = positionAt(ctx.root, at, ctx.rootName);
    const base = constraintMessage(e, key, ctx);
    return {
      pointer: childPointer(at, key),
      memberPath: `${map.memberPath}{key}`,
      keyword: e.keyword,
      message: map.sensitive ? `a key ${base}` : `key ${JSON.stringify(key)} ${base}`,
      ...withValue(key, map.sensitive),
    };
  }
  switch (e.keyword) {
    case "propertyNames":
      return undefined; // "property name must be valid": its own errors (above) say why.
    case "required": {
      const pointer = childPointer(at, String(p.missingProperty));
      return { pointer, memberPath: positionAt(ctx.root, pointer, ctx.rootName).memberPath, keyword: e.keyword, message: "is required" };
    }
    case "additionalProperties": {
      const name = String(p.additionalProperty);
      const pointer = childPointer(at, name);
      return violation(pointer, e.keyword, `unknown member ${JSON.stringify(name)}`, getAt(ctx.value, pointer), ctx);
    }
    default:
      return violation(at, e.keyword, constraintMessage(e, value, ctx), value, ctx);
  }
}

function violation(pointer: string, keyword: string, text: string, value: unknown, ctx: Ctx): Violation {
  const position = positionAt(ctx.root, pointer, ctx.rootName);
  return { pointer, memberPath: position.memberPath, keyword, message: text, ...withValue(value, position.sensitive) };
}

/** The shown value: JSON cut short, or {@link SENSITIVE_VALUE} for a `@sensitive` one. */
function withValue(value: unknown, sensitive: boolean): { value?: string } {
  if (value === undefined) return {};
  if (sensitive) return { value: SENSITIVE_VALUE };
  const text = formatValue(value);
  return text === undefined ? {} : { value: text };
}
