/**
 * Traits as written before a shape or member (`@name`, `@name(value)`, `@name(key: value, …)`), and
 * the documentation comment (`///`) that may precede them.
 *
 * @see https://smithy.io/2.0/spec/idl.html#applying-traits
 * @see https://smithy.io/2.0/spec/idl.html#documentation-comment
 */
import type { Origin } from "../sources/fragment.ts";
import type { JsonObject } from "../sources/json-values.ts";
import { A_VALUE, identifierValue, keyedValue, nodeValue, type NodeContext } from "./node-parser.ts";
import { shapeIdText } from "./shape-id-parser.ts";
import { T } from "./tokens.ts";

/** A trait as parsed: its name is still relative; an annotation's value awaits its definition. */
export interface ParsedTrait {
  /** As written (`required`, `smithy.api#required`), or absolute for traits the IDL implies. */
  readonly name: string;
  value: unknown;
  readonly annotation: boolean;
  readonly origin: Origin;
  /** From a documentation comment (which an `apply` statement may be preceded by, harmlessly). */
  readonly doc: boolean;
}

export const DOCUMENTATION = "smithy.api#documentation";

/**
 * Documentation comment and traits before a shape, member or inline structure. With `dropLaterDocs`,
 * documentation comments written after the traits are discarded, as Smithy does for members.
 */
export function docsAndTraits(ctx: NodeContext, dropLaterDocs: boolean): ParsedTrait[] {
  const t = ctx.t;
  t.skipWs();
  let doc: ParsedTrait | undefined;
  if (t.kind === T.DOC_COMMENT) {
    const origin = ctx.origin();
    t.skipWsAndDocs();
    const text = t.takeDocComment();
    if (text !== undefined) doc = { name: DOCUMENTATION, value: text, annotation: false, origin, doc: true };
  } else {
    t.skipWsAndDocs();
  }
  const traits = traitList(ctx);
  if (doc) traits.push(doc);
  t.skipWsAndDocs();
  if (dropLaterDocs) t.takeDocComment();
  return traits;
}

/** Consecutive traits (also the body of an `apply` block). */
export function traitList(ctx: NodeContext): ParsedTrait[] {
  const out: ParsedTrait[] = [];
  while (ctx.t.kind === T.AT) {
    out.push(trait(ctx));
    ctx.t.skipWsAndDocs();
  }
  return out;
}

/** `@` ShapeId [`(` [TraitBodyValue] `)`] */
export function trait(ctx: NodeContext): ParsedTrait {
  const t = ctx.t;
  const origin = ctx.origin();
  t.expect(T.AT);
  t.next();
  const name = shapeIdText(t);
  if (t.kind !== T.LPAREN) return { name, value: null, annotation: true, origin, doc: false };
  t.next();
  t.skipWsAndDocs();
  if (t.is(T.RPAREN)) {
    t.next();
    return { name, value: null, annotation: true, origin, doc: false };
  }
  const parsed: ParsedTrait = { name, value: null, annotation: false, origin, doc: false };
  traitBody(ctx, parsed);
  t.skipWsAndDocs();
  t.expect(T.RPAREN);
  t.next();
  return parsed;
}

function traitBody(ctx: NodeContext, into: ParsedTrait): void {
  const t = ctx.t;
  switch (t.kind) {
    case T.LBRACE:
    case T.LBRACKET:
      nodeValue(ctx, into as unknown as JsonObject, "value");
      t.skipWsAndDocs();
      return;
    case T.TEXT_BLOCK:
    case T.NUMBER:
      into.value = t.kind === T.NUMBER ? t.numberValue : t.stringValue;
      t.next();
      t.skipWsAndDocs();
      return;
    case T.STRING: {
      const s = t.stringValue;
      t.next();
      t.skipWsAndDocs();
      if (t.is(T.COLON)) {
        t.next();
        t.skipWsAndDocs();
        structuredBody(ctx, into, s);
      } else {
        into.value = s;
      }
      return;
    }
    case T.IDENTIFIER: {
      const raw = shapeIdText(t);
      t.skipWsAndDocs();
      if (t.is(T.RPAREN) || /[.$#]/.test(raw)) {
        identifierValue(ctx, raw, into.origin, into as unknown as JsonObject, "value");
      } else {
        t.expect(T.COLON);
        t.next();
        t.skipWsAndDocs();
        structuredBody(ctx, into, raw);
      }
      return;
    }
    default:
      throw t.unexpected(A_VALUE);
  }
}

/** `@name(key: value, …)`: an object without braces. */
function structuredBody(ctx: NodeContext, into: ParsedTrait, firstKey: string): void {
  const t = ctx.t;
  t.enterNesting();
  const obj: JsonObject = {};
  into.value = obj;
  nodeValue(ctx, obj, firstKey);
  t.skipWsAndDocs();
  while (t.kind !== T.RPAREN) {
    t.expect(T.IDENTIFIER, T.STRING);
    keyedValue(ctx, obj, "trait property");
  }
  t.leaveNesting();
}
