/**
 * A member's value as TEXT, where restJson1 carries it outside the JSON body — a path label, a
 * query parameter, a header — as JSON Schema over that text: strings and enums as they are
 * (with `@length`, `@pattern` and enum values), numbers and booleans as the text a Smithy server
 * reads (`"42"`, `"1.5"`, `"NaN"`, `"true"`), timestamps in the location's format (`date-time` in
 * labels and the query, `http-date` in headers, unless `@timestampFormat` says otherwise), blobs
 * and `@mediaType` header strings in base64; a label's text is never empty. A `@range` cannot be
 * said of text; the text's form is.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httplabel-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpheader-serialization-rules
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpquery-trait
 */
import type { BoundMember } from "../../runtime/contract.ts";
import { BASE64_PATTERN, FLOAT_SPECIALS, HTTP_DATE_PATTERN } from "../../runtime/protocol/awsjson.ts";
import { timestampFormatAt } from "../../runtime/protocol/timestamp.ts";
import type { TimestampFormat } from "../../runtime/protocol/timestamp.ts";
import { assertNever } from "../model/shapes.ts";
import type { DataShape, Member, Traits } from "../model/shapes.ts";
import { sensitiveMark } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";
import { stringSchema } from "./shape-schema.ts";

/** Where a member travels as text. */
export type TextLocation = "label" | "query" | "header";

/**
 * The text forms a Smithy server reads (runtime/protocol/restjson1/text-values.ts reads them so):
 * an integer, a decimal number, epoch seconds.
 */
export const INTEGER_TEXT = "^-?\\d+$";
export const DECIMAL_TEXT = "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$";
export const EPOCH_SECONDS_TEXT = "^-?\\d+(?:\\.\\d+)?$";
/** A float or double: a decimal number, or one of the specials JSON cannot carry either. */
const FLOAT_TEXT = `^(?:${FLOAT_SPECIALS.join("|")}|${DECIMAL_TEXT.slice(1, -1)})$`;

/**
 * The schema of the text of `member`, bound as `bound` at `location`. A list in the query is an
 * array of its items' texts (the parameter repeats, in order); a list in a header is one string
 * (its items joined with commas), whose items JSON Schema cannot tell apart. A map (the query's
 * `@httpQueryParams`, or `@httpPrefixHeaders`) is the schema of one of its values.
 *
 * @example textSchema(functionNameMember, { member: "FunctionName", name: "FunctionName", kind: "string" }, "label")
 * // { type: "string", minLength: 1, maxLength: 170, pattern: "..." }
 */
export function textSchema(member: Member, bound: BoundMember, location: TextLocation): JsonSchema {
  const target = member.target as DataShape;
  switch (target.kind) {
    case "list": {
      if (location !== "query") return { type: "string", ...sensitive(member.effective) };
      const traits = member.effective;
      return {
        type: "array",
        items: scalarText(target.member, location, bound),
        ...(traits.length?.min !== undefined && { minItems: traits.length.min }),
        ...(traits.length?.max !== undefined && { maxItems: traits.length.max }),
        ...(traits.uniqueItems && { uniqueItems: true as const }),
        ...sensitive(traits),
      };
    }
    case "map": {
      const value = target.value;
      if (value.target.kind === "list") return textSchema(value, { ...bound, kind: "list" }, location);
      return scalarText(value, location, bound);
    }
    default:
      return scalarText(member, location, bound);
  }
}

/** The text of one scalar value of `member` (a member, a list's member or a map's value). */
function scalarText(member: Member, location: TextLocation, bound: BoundMember): JsonSchema {
  const shape = member.target as DataShape;
  const traits = member.effective;
  const schema = ((): JsonSchema => {
    switch (shape.kind) {
      case "string":
        // A header string with @mediaType travels base64-encoded; its constraints are the decoded text's.
        if (location === "header" && bound.mediaType !== undefined) return { type: "string", pattern: BASE64_PATTERN };
        // A label is never empty (Smithy forbids it: a path with an empty segment routes nowhere).
        if (location === "label" && traits.enum === undefined && (traits.length?.min ?? 0) < 1) return stringSchema({ ...traits, length: { ...traits.length, min: 1 } }, undefined);
        return stringSchema(traits, traits.enum?.map((d) => d.value));
      case "enum":
        return stringSchema(traits, shape.members.map((m) => m.value));
      case "intEnum":
        return { type: "string", enum: shape.members.map((m) => String(m.value)) };
      case "boolean":
        return { type: "string", enum: ["true", "false"] };
      case "byte":
      case "short":
      case "integer":
      case "long":
      case "bigInteger":
        return { type: "string", pattern: INTEGER_TEXT };
      case "bigDecimal":
        return { type: "string", pattern: DECIMAL_TEXT };
      case "float":
      case "double":
        return { type: "string", pattern: FLOAT_TEXT };
      case "timestamp":
        return timestampText(timestampFormatAt(location, bound.timestampFormat));
      case "blob":
        return { type: "string", pattern: BASE64_PATTERN };
      case "document":
      case "list":
      case "map":
      case "structure":
      case "union":
      case "unit":
        throw new Error(`${member.id}: a ${shape.kind} has no text form (in a ${location})`);
      default:
        return assertNever(shape, "shape kind");
    }
  })();
  return { ...schema, ...sensitive(traits) };
}

function timestampText(format: TimestampFormat): JsonSchema {
  switch (format) {
    case "epoch-seconds":
      return { type: "string", pattern: EPOCH_SECONDS_TEXT };
    case "date-time":
      return { type: "string", format: "date-time" };
    case "http-date":
      return { type: "string", pattern: HTTP_DATE_PATTERN };
    default:
      return assertNever(format, "timestamp format");
  }
}

function sensitive(traits: Traits): JsonSchema {
  return sensitiveMark(traits.sensitive);
}
