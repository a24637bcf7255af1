/**
 * Node values (`NodeValue`): strings, text blocks, numbers, `true`/`false`/`null`, arrays, objects,
 * and unquoted shape ids, which Smithy resolves to absolute shape ids once the whole model is known.
 * Values are written straight into their container (`holder[key]`) so that a shape id resolved later
 * can replace its raw text in place.
 *
 * @see https://smithy.io/2.0/spec/idl.html#node-values
 */
import type { Origin } from "../sources/fragment.ts";
import { hasKey, putKey, type JsonObject } from "../sources/json-values.ts";
import { shapeIdText } from "./shape-id-parser.ts";
import type { Tokenizer } from "./tokenizer.ts";
import { T } from "./tokens.ts";

export type Holder = JsonObject | unknown[];

const VALUE_START: ReadonlySet<number> = new Set([T.STRING, T.TEXT_BLOCK, T.NUMBER, T.IDENTIFIER, T.LBRACE, T.LBRACKET]);
/** What may start a node value, in words. */
export const A_VALUE = "a value (string, text block, number, true, false, null, shape id, '[' or '{')";

export interface NodeContext {
  readonly t: Tokenizer;
  /** The position of the current token. */
  origin(): Origin;
  /** A syntax error at `origin`. */
  errorAt(origin: Origin, message: string): Error;
  /** An unquoted shape id used as the value `holder[key]`, which gets the absolute id once resolved. */
  syntacticId(raw: string, origin: Origin, holder: Holder, key: string | number): void;
  /** When set, told where each value starts (for messages about service and resource bodies). */
  readonly onValue?: ((holder: Holder, key: string | number, origin: Origin) => void) | undefined;
}

export function put(holder: Holder, key: string | number, value: unknown): void {
  if (Array.isArray(holder)) holder[key as number] = value;
  else putKey(holder, key as string, value);
}

/** Parses the node value at the current token into `holder[key]`. */
export function nodeValue(ctx: NodeContext, holder: Holder, key: string | number): void {
  const t = ctx.t;
  const kind = t.kind;
  if (!VALUE_START.has(kind)) throw t.unexpected(A_VALUE);
  if (ctx.onValue) ctx.onValue(holder, key, ctx.origin());
  switch (kind) {
    case T.STRING:
    case T.TEXT_BLOCK:
      put(holder, key, t.stringValue);
      t.next();
      return;
    case T.NUMBER:
      put(holder, key, t.numberValue);
      t.next();
      return;
    case T.IDENTIFIER: {
      const origin = ctx.origin();
      identifierValue(ctx, shapeIdText(t), origin, holder, key);
      return;
    }
    case T.LBRACE:
      put(holder, key, objectNode(ctx));
      return;
    default:
      put(holder, key, arrayNode(ctx));
  }
}

/** `true`, `false`, `null`, or a syntactic shape id. */
export function identifierValue(ctx: NodeContext, raw: string, origin: Origin, holder: Holder, key: string | number): void {
  switch (raw) {
    case "true":
      put(holder, key, true);
      return;
    case "false":
      put(holder, key, false);
      return;
    case "null":
      put(holder, key, null);
      return;
    default:
      put(holder, key, raw);
      ctx.syntacticId(raw, origin, holder, key);
  }
}

function arrayNode(ctx: NodeContext): unknown[] {
  const t = ctx.t;
  t.enterNesting();
  const out: unknown[] = [];
  t.next();
  t.skipWsAndDocs();
  while (t.kind !== T.RBRACKET) {
    nodeValue(ctx, out, out.length);
    t.skipWsAndDocs();
  }
  t.next();
  t.leaveNesting();
  return out;
}

/**
 * One `key: value` of an object node or a trait's structured value, at its key (an identifier or a
 * string) and up to what follows the value; a key given twice is an error at its second place,
 * named as `what` (`object key`, `trait property`).
 */
export function keyedValue(ctx: NodeContext, into: JsonObject, what: string): void {
  const t = ctx.t;
  const key = t.kind === T.STRING ? t.stringValue : t.lexeme();
  const keyOrigin = ctx.origin();
  t.next();
  t.skipWsAndDocs();
  t.expect(T.COLON);
  t.next();
  t.skipWsAndDocs();
  const duplicate = hasKey(into, key);
  nodeValue(ctx, into, key);
  if (duplicate) throw ctx.errorAt(keyOrigin, `duplicate ${what} ${JSON.stringify(key)}`);
  t.skipWsAndDocs();
}

function objectNode(ctx: NodeContext): JsonObject {
  const t = ctx.t;
  t.next();
  t.skipWsAndDocs();
  t.enterNesting();
  const out: JsonObject = {};
  while (t.expect(T.RBRACE, T.STRING, T.IDENTIFIER) !== T.RBRACE) keyedValue(ctx, out, "object key");
  t.next();
  t.leaveNesting();
  return out;
}
