/**
 * The arbitrary expression of one shape (or of one member whose own traits refine its target), as
 * TypeScript source over the runtime's pair builder `b` and fast-check's `tie`. Every model value
 * reaches the source through the code builder: constraint objects and enum values through `literal`,
 * patterns as string literals (the runtime compiles them; no model text becomes a regex literal).
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html
 * @see https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#shape-serialization
 */
import { literal as valueLiteral, propKey as plainKey, str } from "../../code.ts";
import type { Member, Shape, Traits } from "../../model/shapes.ts";
import { assertNever } from "../../model/shapes.ts";
import { sameCycle, type Recursion } from "./recursion.ts";

export interface ExpressionContext {
  /** The letrec key of each shape declared in the file (closure shapes; prelude shapes are inlined). */
  readonly keys: ReadonlyMap<string, string>;
  readonly recursion: Recursion;
}

/** `tie("Key")` for a declared shape whose member adds no constraint of its own; else the inline expression. */
export function memberExpression(member: Member, ec: ExpressionContext, indent: string): string {
  const key = ec.keys.get(member.target.id);
  if (key !== undefined && !refines(member.traits)) return `tie(${str(key)})`;
  return shapeExpression(member.target, member.effective, member.id, ec, indent);
}

/** Member traits that change what the target's values may be. */
function refines(t: Traits): boolean {
  return t.length !== undefined || t.range !== undefined || t.pattern !== undefined || t.timestampFormat !== undefined;
}

/**
 * The expression for `shape` under `traits` (the shape's own, or a member's effective traits);
 * `where` names the shape or member in runtime errors.
 */
export function shapeExpression(shape: Shape, traits: Traits, where: string, ec: ExpressionContext, indent: string): string {
  switch (shape.kind) {
    case "blob":
      return `b.blob(${literal(lengthBounds(traits))})`;
    case "boolean":
      return "b.boolean()";
    case "string":
      if (traits.enum !== undefined) return `b.enumeration(${literal(traits.enum.map((d) => d.value))})`;
      return `b.string(${literal({ ...lengthBounds(traits), ...(traits.pattern !== undefined && { pattern: traits.pattern }) })}, ${str(where)})`;
    case "byte":
    case "short":
    case "integer":
    case "long":
      return `b.integer(${str(shape.kind)}, ${literal(range(traits))}, ${str(where)})`;
    case "float":
    case "double":
      return `b.float(${str(shape.kind)}, ${literal(range(traits))})`;
    case "bigInteger":
      return `b.bigInteger(${literal(range(traits))}, ${str(where)})`;
    case "bigDecimal":
      return `b.bigDecimal(${literal(range(traits))})`;
    case "timestamp":
      return `b.timestamp(${str(traits.timestampFormat ?? "epoch-seconds")})`;
    case "document":
      return "b.document()";
    case "enum":
      return `b.enumeration(${literal(shape.members.map((m) => m.value))})`;
    case "intEnum":
      return `b.intEnumeration(${literal(shape.members.map((m) => m.value))})`;
    case "unit":
      return "b.unit()";
    case "list": {
      const item = memberExpression(shape.member, ec, indent);
      const c = {
        ...lengthBounds(traits),
        ...(shape.traits.sparse && { sparse: true }),
        ...((shape.traits.uniqueItems || shape.isSet) && { uniqueItems: true }),
        ...(sameCycle(ec.recursion, shape.member.target, shape) && { recursive: true }),
      };
      return `b.list(${item}${Object.keys(c).length > 0 ? `, ${literal(c)}` : ""})`;
    }
    case "map": {
      const key = memberExpression(shape.key, ec, indent);
      const value = memberExpression(shape.value, ec, indent);
      const c = {
        ...lengthBounds(traits),
        ...(shape.traits.sparse && { sparse: true }),
        ...(sameCycle(ec.recursion, shape.value.target, shape) && { recursive: true }),
      };
      return `b.map(${key}, ${value}${Object.keys(c).length > 0 ? `, ${literal(c)}` : ""})`;
    }
    case "structure": {
      if (shape.members.length === 0) return "b.structure({})";
      const inner = `${indent}  `;
      const lines = shape.members.map((m) => {
        // An idempotency token is always present: the SDK would fill in a random one where the
        // value leaves it out, and the two sides would no longer agree.
        const wrap = m.traits.required || m.effective.idempotencyToken ? "required" : "optional";
        return `${inner}${propKey(m.name)}: b.${wrap}(${memberExpression(m, ec, inner)}),\n`;
      });
      return `b.structure({\n${lines.join("")}${indent}})`;
    }
    case "union": {
      if (shape.members.length === 0) throw new Error(`${shape.id}: a union needs at least one member`);
      const inner = `${indent}  `;
      // Members that do not lead back to the union come first: past the maximum depth, fast-check
      // takes the first member, and recursion must end there.
      const ordered = [...shape.members].sort((x, y) => Number(sameCycle(ec.recursion, x.target, shape)) - Number(sameCycle(ec.recursion, y.target, shape)));
      const lines = ordered.map((m) => `${inner}${propKey(m.name)}: ${memberExpression(m, ec, inner)},\n`);
      return `b.union({\n${lines.join("")}${indent}})`;
    }
    case "operation":
    case "resource":
    case "service":
      throw new Error(`${shape.id}: a ${shape.kind} is not a data shape`);
    default:
      return assertNever(shape, "shape kind");
  }
}

/**
 * A property key of an object literal. `__proto__` (a valid Smithy member name) is written as a
 * computed key: bare or quoted, it would set the literal's prototype instead of a property.
 */
export function propKey(name: string): string {
  return name === "__proto__" ? `[${str(name)}]` : plainKey(name);
}

/** `literal`, with `{}` for an empty object. */
function literal(value: unknown): string {
  return value !== null && typeof value === "object" && Object.keys(value).length === 0 && !Array.isArray(value) ? "{}" : valueLiteral(value);
}

function lengthBounds(t: Traits): { minLength?: number; maxLength?: number } {
  return {
    ...(t.length?.min !== undefined && { minLength: t.length.min }),
    ...(t.length?.max !== undefined && { maxLength: t.length.max }),
  };
}

function range(t: Traits): { min?: number; max?: number } {
  return { ...(t.range?.min !== undefined && { min: t.range.min }), ...(t.range?.max !== undefined && { max: t.range.max }) };
}
