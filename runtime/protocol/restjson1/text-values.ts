/**
 * Members carried as text — in a label, a query parameter or a header — to and from their
 * document form (the form the JSON body gives them: numbers, booleans, epoch-second timestamps
 * unless `@timestampFormat` says otherwise, `"NaN"` for the float specials). Reading is strict, as
 * a Smithy server reads: `"1.0"` is no integer, `"TRUE"` no boolean, an integer must fit its type,
 * a timestamp must have its location's format; anything else is a malformed request
 * (`SerializationException`), never a constraint violation.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpheader-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpquery-trait
 */
import type { ValueKind } from "../../contract.ts";
import { withArticle } from "../../text/article.ts";
import { decodeBase64, encodeBase64, isBase64 } from "../base64.ts";
import { formatTimestamp, parseStrictTimestamp, parseTimestamp, timestampFormatAt, timestampFormatOf, type TimestampFormat, type TimestampLocation } from "../timestamp.ts";

/** How a member's text is written where it travels. */
export interface TextSite {
  readonly location: Exclude<TimestampLocation, "body">;
  /** The member's explicit `@timestampFormat` (of its items, for a list). */
  readonly timestampFormat?: TimestampFormat;
  /** A header string with `@mediaType` travels base64-encoded. */
  readonly mediaType?: string;
}

/** Why a text value cannot be read (the request is malformed). */
export class MalformedText extends Error {
  override readonly name = "MalformedText";
}

/** The bounds of Smithy's integer types (two's complement, as bigints: text can say more than a double holds). */
const INTEGER_BOUNDS: Readonly<Partial<Record<ValueKind, readonly [bigint, bigint]>>> = {
  byte: [-(2n ** 7n), 2n ** 7n - 1n],
  short: [-(2n ** 15n), 2n ** 15n - 1n],
  integer: [-(2n ** 31n), 2n ** 31n - 1n],
  intEnum: [-(2n ** 31n), 2n ** 31n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
};
const INTEGER_TEXT = /^-?\d+$/;
const DECIMAL_TEXT = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIALS = new Set(["NaN", "Infinity", "-Infinity"]);

/**
 * The document value of `text` for a member of `kind`; throws {@link MalformedText} when the text
 * is not a value of that kind.
 *
 * @example textToDocument("Mon, 16 Dec 2019 23:48:18 GMT", "timestamp", { location: "header" }) // 1576540098
 * @example textToDocument("256", "byte", { location: "query" }) // throws MalformedText
 */
export function textToDocument(text: string, kind: ValueKind, site: TextSite): unknown {
  const fail = (what: string): never => {
    throw new MalformedText(`${JSON.stringify(text)} is not ${what}`);
  };
  switch (kind) {
    case "string":
      if (site.mediaType === undefined || site.location !== "header") return text;
      if (!isBase64(text)) fail("base64 text (the header's @mediaType)");
      return new TextDecoder("utf-8", { fatal: true }).decode(decodeBase64(text));
    case "enum":
      return text;
    case "boolean":
      if (text === "true") return true;
      if (text === "false") return false;
      return fail("a boolean");
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "intEnum": {
      if (!INTEGER_TEXT.test(text)) fail(`an integer`);
      const [min, max] = INTEGER_BOUNDS[kind]!;
      const n = BigInt(text);
      if (n < min || n > max) fail(`within the range of ${withArticle(kind)}`);
      return Number(text);
    }
    case "bigInteger":
      if (!INTEGER_TEXT.test(text)) fail("an integer");
      return Number(text);
    case "bigDecimal":
      if (!DECIMAL_TEXT.test(text)) fail("a number");
      return Number(text);
    case "float":
    case "double":
      if (FLOAT_SPECIALS.has(text)) return text;
      if (!DECIMAL_TEXT.test(text)) fail("a number");
      return Number(text);
    case "timestamp": {
      const wire = timestampFormatAt(site.location, site.timestampFormat);
      let date: Date;
      try {
        date = parseStrictTimestamp(text, wire, true);
      } catch {
        return fail(`a ${wire} timestamp`);
      }
      return formatTimestamp(date, timestampFormatOf(site.timestampFormat));
    }
    case "blob":
      if (!isBase64(text)) fail("base64");
      return text;
    default:
      return fail(`text for a ${kind}`);
  }
}

/**
 * The text of a document value of a member of `kind`, as a client or server writes it.
 *
 * @example documentToText(1576540098, "timestamp", { location: "header" }) // "Mon, 16 Dec 2019 23:48:18 GMT"
 */
export function documentToText(value: unknown, kind: ValueKind, site: TextSite): string {
  switch (kind) {
    case "timestamp": {
      const date = parseTimestamp(value, timestampFormatOf(site.timestampFormat));
      return String(formatTimestamp(date, timestampFormatAt(site.location, site.timestampFormat)));
    }
    case "string":
      if (site.mediaType !== undefined && site.location === "header") return encodeBase64(new TextEncoder().encode(String(value)));
      return String(value);
    default:
      if (typeof value === "object" && value !== null) throw new TypeError(`a ${kind} has no text form`);
      return String(value);
  }
}
