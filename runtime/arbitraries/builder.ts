/**
 * What generated `arbitraries.ts` files build their pair arbitraries with: one method per Smithy
 * construct, each returning an `fc.Arbitrary<Pair>` of `{ wire, sdk }` values that satisfy the
 * model's constraints by construction (`map`, never `filter`).
 *
 * A builder carries its settings (depth, sizes, date bounds) explicitly, and its own depth
 * identifier, so two builders never share hidden state.
 *
 * @example
 * const b = pairBuilder({ maxDepth: 3 });
 * const name = b.string({ minLength: 1, maxLength: 63, pattern: "^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$" }, "ns#Name");
 * const job = b.structure({ jobName: b.required(name), status: b.optional(b.enumeration(["ACTIVE", "FAILED"])) });
 */
import * as fc from "fast-check";
import { encodeBase64 } from "../protocol/base64.ts";
import { listPair, mapPair, structurePair, unionPair, type CollectionConstraints, type DepthSettings, type MemberSpec } from "./aggregates.ts";
import { documentPair } from "./document.ts";
import { UnsupportedPatternError } from "./errors.ts";
import { bigDecimalPair, bigIntegerPair, floatPair, integerPair, type FloatKind, type IntegerKind, type Range } from "./numbers.ts";
import { same, type Pair } from "./pair.ts";
import { CharSet } from "./regex/charSet.ts";
import { compilePattern, type StringMatchingSettings } from "./stringMatching.ts";
import type { TimestampFormat } from "../protocol/timestamp.ts";
import { timestampPair, type TimestampBounds } from "./timestamp.ts";

export interface PairBuilderOptions {
  /** Optional members, unions and recursive collections stop nesting past this depth (default 4). */
  readonly maxDepth?: number;
  /** fast-check size of collections, blobs and pattern-less strings (default `"small"`). */
  readonly size?: fc.SizeForArbitrary;
  /** Bounds of generated timestamps (default 1970 to 2100). */
  readonly timestamps?: TimestampBounds;
  /** Settings of pattern-constrained strings (see stringMatching.ts). */
  readonly strings?: StringMatchingSettings;
}

export interface StringShapeConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  /**
   * Where the string travels in an HTTP message, which carries less than JSON: `"header"`, a header
   * value (restJson1's `@httpHeader`): visible ASCII with inner spaces and tabs (RFC 9110 §5.5), a
   * client refusing anything else and dropping surrounding whitespace; `"token"`, a header name's
   * part (an `@httpPrefixHeaders` map's keys): RFC 9110 token characters. A pattern's classes are
   * cut down to these characters; one that leaves no string throws when a value is drawn.
   */
  readonly charset?: "header" | "token";
}

/** A header value (RFC 9110 §5.5 field-value): empty, or visible ASCII at both ends with spaces and tabs between. */
const HEADER_VALUE = /^[\x21-\x7e]?$|^[\x21-\x7e][\t\x20-\x7e]*[\x21-\x7e]$/;
/** RFC 9110 §5.6.2 token characters. */
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALPHABETS = { header: CharSet.of([[0x09, 0x09], [0x20, 0x7e]]), token: CharSet.chars(TOKEN_CHARS) } as const;
/** Draws of a header-bound pattern tried for one without surrounding whitespace before giving up. */
const HEADER_ATTEMPTS = 16;

export class PairBuilder {
  private readonly depth: DepthSettings;

  constructor(private readonly options: PairBuilderOptions = {}) {
    this.depth = { depthIdentifier: fc.createDepthIdentifier(), maxDepth: options.maxDepth ?? 4, size: options.size ?? "small" };
  }

  /** `smithy.api#Unit`: `{}` on both sides. */
  unit(): fc.Arbitrary<Pair> {
    return unitPair();
  }

  boolean(): fc.Arbitrary<Pair> {
    return fc.boolean().map(same);
  }

  /**
   * A string within `@length` (code points) matching `@pattern`. A pattern that cannot be served
   * does not fail the module that builds it: the arbitrary throws its {@link UnsupportedPatternError}
   * (naming `where` and the pattern) when a value is drawn.
   */
  string(c: StringShapeConstraints, where: string): fc.Arbitrary<Pair> {
    if (c.pattern === undefined) {
      const bounds = { ...(c.minLength !== undefined && { minLength: c.minLength }), ...(c.maxLength !== undefined && { maxLength: c.maxLength }) };
      if (c.charset === "header") return fc.string({ unit: HEADER_CHAR, size: this.depth.size, ...bounds }).map((s) => same(headerEdges(s)));
      if (c.charset === "token") return fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), size: this.depth.size, ...bounds, minLength: Math.min(Math.max(1, c.minLength ?? 0), c.maxLength ?? Infinity) }).map(same);
      return fc.string({ unit: "binary", size: this.depth.size, ...bounds }).map(same);
    }
    try {
      const { pattern, minLength, maxLength, charset } = c;
      const compiled = compilePattern(pattern, { ...(minLength !== undefined && { minLength }), ...(maxLength !== undefined && { maxLength }), where, ...(charset !== undefined && { alphabet: ALPHABETS[charset] }) }, this.options.strings);
      const tapes = fc.array(fc.nat(), { minLength: compiled.tapeLength, maxLength: compiled.tapeLength });
      if (charset !== "header") return tapes.map((tape) => same(compiled.build(tape)));
      // Spaces and tabs are header characters, but not at a value's ends: other draws of the same
      // tape, a bounded number, then a clear error (a pattern that wants one there has no value).
      return tapes.map((tape) => {
        for (let k = 0; k < HEADER_ATTEMPTS; k++) {
          const s = compiled.build(k === 0 ? tape : tape.map((x) => x + k));
          if (HEADER_VALUE.test(s)) return same(s);
        }
        throw new UnsupportedPatternError(pattern, `none of ${HEADER_ATTEMPTS} matches drawn is a header value (no surrounding spaces or tabs)`, where);
      });
    } catch (e) {
      if (!(e instanceof UnsupportedPatternError)) throw e;
      return fc.constant(null).map(() => {
        throw e;
      });
    }
  }

  /** An enum (or a Smithy 1.0 `@enum` string): one of its values, the same string on both sides. */
  enumeration(values: readonly string[]): fc.Arbitrary<Pair> {
    return fc.constantFrom(...values).map(same);
  }

  intEnumeration(values: readonly number[]): fc.Arbitrary<Pair> {
    return fc.constantFrom(...values).map(same);
  }

  integer(kind: IntegerKind, range: Range, where: string): fc.Arbitrary<Pair> {
    return integerPair(kind, range, where);
  }

  float(kind: FloatKind, range: Range): fc.Arbitrary<Pair> {
    return floatPair(kind, range);
  }

  bigInteger(range: Range, where: string): fc.Arbitrary<Pair> {
    return bigIntegerPair(range, where);
  }

  bigDecimal(range: Range): fc.Arbitrary<Pair> {
    return bigDecimalPair(range);
  }

  timestamp(format: TimestampFormat): fc.Arbitrary<Pair> {
    return timestampPair(format, this.options.timestamps);
  }

  /** A blob within `@length` (bytes): standard padded base64 on the wire, a `Uint8Array` in the SDK. */
  blob(c: { readonly minLength?: number; readonly maxLength?: number }): fc.Arbitrary<Pair> {
    return fc.uint8Array({ ...c, size: this.depth.size }).map((bytes) => ({ wire: encodeBase64(bytes), sdk: bytes }));
  }

  document(): fc.Arbitrary<Pair> {
    return documentPair();
  }

  required(arbitrary: fc.Arbitrary<Pair>): MemberSpec {
    return { arbitrary, required: true };
  }

  optional(arbitrary: fc.Arbitrary<Pair>): MemberSpec {
    return { arbitrary, required: false };
  }

  structure(members: Readonly<Record<string, MemberSpec>>): fc.Arbitrary<Pair> {
    return structurePair(members, this.depth);
  }

  union(members: Readonly<Record<string, fc.Arbitrary<Pair>>>): fc.Arbitrary<Pair> {
    return unionPair(members, this.depth);
  }

  list(item: fc.Arbitrary<Pair>, c: CollectionConstraints & { readonly uniqueItems?: boolean } = {}): fc.Arbitrary<Pair> {
    return listPair(item, c, this.depth);
  }

  map(key: fc.Arbitrary<Pair>, value: fc.Arbitrary<Pair>, c: CollectionConstraints = {}): fc.Arbitrary<Pair> {
    return mapPair(key, value, c, this.depth);
  }
}

/** `smithy.api#Unit` (an operation without input or output): `{}` on both sides. */
export function unitPair(): fc.Arbitrary<Pair> {
  return fc.constant(null).map(() => ({ wire: {}, sdk: {} }));
}

/** A builder with `options`; see {@link PairBuilder}. */
export function pairBuilder(options: PairBuilderOptions = {}): PairBuilder {
  return new PairBuilder(options);
}

/** One character of a header value: visible ASCII, or a space or tab (kept off the ends by {@link headerEdges}). */
const HEADER_CHAR = fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 0x21, max: 0x7e }) }, { weight: 1, arbitrary: fc.constantFrom(0x20, 0x09) }).map((c) => String.fromCharCode(c));

/** `s` with a space or tab at either end replaced by `_`: a header value has no surrounding whitespace (its length kept). */
function headerEdges(s: string): string {
  return s.replace(/^[\t ]|[\t ]$/g, "_");
}
