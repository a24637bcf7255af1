/**
 * Shape statements with a body: list, set, map, structure and union members (with elision, default
 * values and documentation), enum and intEnum members with values, and operations (with inline
 * `input :=` / `output :=` structures and `errors`). The parser hands itself in as the
 * {@link ShapeStatementParser} these functions need.
 *
 * @see https://smithy.io/2.0/spec/idl.html#defining-shapes
 */
import type { MemberDef, Origin, Ref, ShapeDef, ShapeType } from "../sources/fragment.ts";
import type { NodeContext } from "./node-parser.ts";
import { shapeIdText } from "./shape-id-parser.ts";
import { docsAndTraits, type ParsedTrait } from "./trait-parser.ts";
import { T, type Token } from "./tokens.ts";

const UNIT = "smithy.api#Unit";

/** What the shape-body parsers need of the IDL parser. */
export interface ShapeStatementParser extends NodeContext {
  readonly version: "1.0" | "2.0";
  readonly inputSuffix: string;
  readonly outputSuffix: string;
  /** `namespace#name` in the file's namespace. */
  absolute(name: string): string;
  newShape(id: string, type: ShapeType, origin: Origin): ShapeDef;
  /** A reference to a shape, resolved once every file is read. */
  ref(raw: string, origin: Origin): Ref;
  /** Records the traits written before a shape or member. */
  applyTraits(targetId: string, traits: readonly ParsedTrait[]): void;
  /** `= value` on a member: the value of `traitId`, which explicit traits may replace. */
  sugar(targetId: string, traitId: string): void;
  mixins(def: ShapeDef): void;
  forResource(def: ShapeDef): void;
  addShape(def: ShapeDef): void;
}

/** list, set, map, structure, union: `{ members }` */
export function aggregate(p: ShapeStatementParser, def: ShapeDef): void {
  p.forResource(def);
  p.mixins(def);
  members(p, def);
  p.addShape(def);
}

function members(p: ShapeStatementParser, def: ShapeDef): void {
  const t = p.t;
  t.skipWsAndDocs();
  t.takeDocComment();
  t.expect(T.LBRACE);
  t.next();
  t.skipWs();
  const seen = new Set<string>();
  while (t.kind !== T.EOF && t.kind !== T.RBRACE) {
    member(p, def, seen);
    t.skipWs();
  }
  t.expect(T.RBRACE);
  t.next();
}

function member(p: ShapeStatementParser, def: ShapeDef, seen: Set<string>): void {
  const t = p.t;
  const traits = docsAndTraits(p, true);
  const origin = p.origin();
  if (t.kind === T.RBRACE && traits.length === 1 && traits[0]!.doc) return; // a dangling doc comment
  const elided = t.kind === T.DOLLAR;
  if (elided) t.next();
  t.expect(T.IDENTIFIER);
  const name = t.lexeme();
  if (seen.has(name)) throw t.error(`duplicate member ${name}`, def.id);
  seen.add(name);
  const memberId = `${def.id}$${name}`;
  if (elided && p.version === "1.0") throw t.error(`eliding a member's target ($${name}) needs Smithy IDL 2.0`, memberId);
  t.next();
  let target: Ref | undefined;
  if (!elided) {
    t.skipSpaces();
    t.expect(T.COLON);
    t.next();
    t.skipSpaces();
    target = p.ref(shapeIdText(t), origin);
  }
  t.skipSpaces();
  if (t.kind === T.EQUAL) {
    if (p.version === "1.0") throw t.error(`a default value (= …) needs Smithy IDL 2.0`);
    t.next();
    t.skipSpaces();
    p.sugar(memberId, "smithy.api#default");
    t.skipSpaces();
    if (t.is(T.COMMA)) t.next();
    t.expectAndSkipBr();
  }
  def.members.push({ name, target, origin } satisfies MemberDef);
  p.applyTraits(memberId, traits);
}

export function enumShape(p: ShapeStatementParser, def: ShapeDef): void {
  const t = p.t;
  p.mixins(def);
  t.skipWsAndDocs();
  t.expect(T.LBRACE);
  t.next();
  t.skipWs();
  const seen = new Set<string>();
  while (t.kind !== T.EOF && t.kind !== T.RBRACE) {
    const traits = docsAndTraits(p, true);
    const origin = p.origin();
    t.expect(T.IDENTIFIER);
    const name = t.lexeme();
    if (seen.has(name)) throw t.error(`duplicate member ${name}`, def.id);
    seen.add(name);
    const memberId = `${def.id}$${name}`;
    def.members.push({ name, target: { id: UNIT, origin }, origin });
    p.applyTraits(memberId, traits);
    t.next();
    t.skipSpaces();
    if (t.kind === T.EQUAL) {
      t.next();
      t.skipSpaces();
      p.sugar(memberId, "smithy.api#enumValue");
      t.skipSpaces();
      if (t.is(T.COMMA)) t.next();
      t.expectAndSkipBr();
    } else {
      t.skipWs();
    }
  }
  t.expect(T.RBRACE);
  t.next();
  p.addShape(def);
}

export function operation(p: ShapeStatementParser, def: ShapeDef): void {
  const t = p.t;
  p.mixins(def);
  t.skipWsAndDocs();
  t.expect(T.LBRACE);
  t.next();
  t.skipWsAndDocs();
  const seen = new Set<string>();
  while (t.kind !== T.EOF && t.kind !== T.RBRACE) {
    t.expect(T.IDENTIFIER);
    const key = t.lexeme();
    if (seen.has(key)) throw t.error(`'${key}' is given twice`, def.id);
    seen.add(key);
    t.next();
    t.skipWsAndDocs();
    if (key === "input" || key === "output") {
      const how = t.expect(T.COLON, T.WALRUS);
      t.next();
      const ref = operationIo(p, def, how, key);
      if (key === "input") def.input = ref;
      else def.output = ref;
    } else if (key === "errors") {
      t.expect(T.COLON);
      t.next();
      def.errors = idList(p, def.origin);
    } else {
      throw t.error(`unknown operation property '${key}' (expected input, output or errors)`, def.id);
    }
    t.expectAndSkipWhitespace();
    t.skipWsAndDocs();
  }
  t.expect(T.RBRACE);
  t.next();
  p.addShape(def);
}

/** `input: Id`, or `input := [traits] [with [...]] { members }`, which defines `<Operation>Input`. */
function operationIo(p: ShapeStatementParser, op: ShapeDef, how: Token, key: "input" | "output"): Ref {
  const t = p.t;
  if (how !== T.WALRUS) {
    t.skipWsAndDocs();
    return p.ref(shapeIdText(t), op.origin);
  }
  if (p.version === "1.0") throw t.error(`inline ${key} (:=) needs Smithy IDL 2.0`, op.id);
  t.takeDocComment(); // documentation before ':=' documents nothing
  t.skipWs();
  const traits = docsAndTraits(p, true);
  traits.push({ name: `smithy.api#${key}`, value: {}, annotation: false, origin: p.origin(), doc: false });
  const name = op.id.slice(op.id.indexOf("#") + 1) + (key === "input" ? p.inputSuffix : p.outputSuffix);
  const id = p.absolute(name);
  const def = p.newShape(id, "structure", p.origin());
  aggregate(p, def);
  p.applyTraits(id, traits);
  return { id, origin: op.origin };
}

/** `[A, B]` of shape ids (operation errors). */
function idList(p: ShapeStatementParser, origin: Origin): Ref[] {
  const t = p.t;
  t.enterNesting();
  t.skipWsAndDocs();
  t.expect(T.LBRACKET);
  t.next();
  t.skipWsAndDocs();
  const out: Ref[] = [];
  while (t.kind !== T.EOF && t.kind !== T.RBRACKET) {
    t.expect(T.IDENTIFIER);
    out.push(p.ref(shapeIdText(t), origin));
    t.skipWsAndDocs();
  }
  t.expect(T.RBRACKET);
  t.next();
  t.leaveNesting();
  return out;
}
