/**
 * A recursive-descent parser for the Smithy IDL (2.0, and 1.0 files, which have no `$version: "2"`),
 * following the ABNF of the IDL chapter. It turns one file into a {@link ModelFragment}: shape
 * definitions, trait applications and metadata, with relative shape ids left to resolve once every
 * file of the model has been read. The token-level structure follows Smithy's own loader, so a syntax
 * error is reported at the line and column where Smithy reports it.
 *
 * @see https://smithy.io/2.0/spec/idl.html
 */
import { ModelError } from "../errors.ts";
import type { MetadataEntry, ModelFragment, Origin, PendingRef, Ref, ShapeDef, ShapeType, TraitApplication } from "../sources/fragment.ts";
import { isJsonObject, type JsonObject } from "../sources/json-values.ts";
import { nodeValue, type Holder } from "./node-parser.ts";
import { absoluteShapeIdText, namespaceText, shapeIdText } from "./shape-id-parser.ts";
import { bodyToEntity, type BodyOrigins } from "./entity-body.ts";
import { aggregate, enumShape, operation, type ShapeStatementParser } from "./shape-bodies.ts";
import { Tokenizer } from "./tokenizer.ts";
import { DOCUMENTATION, docsAndTraits, trait, traitList, type ParsedTrait } from "./trait-parser.ts";
import { T } from "./tokens.ts";

const SIMPLE = new Set(["blob", "boolean", "document", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp"]);
const AGGREGATE = new Set(["list", "set", "map", "structure", "union"]);
const SHAPE_TYPES = new Set([...SIMPLE, ...AGGREGATE, "enum", "intEnum", "service", "operation", "resource", "member"]);

/**
 * Parses one IDL file.
 *
 * @example
 * const fragment = parseIdl('$version: "2"\nnamespace ex\nstring Name\n', "ex.smithy");
 * fragment.shapes[0]!.id; // "ex#Name"
 * @throws ModelError `<file>:<line>:<column>: <what was expected, what was found>` on a syntax error.
 * @see https://smithy.io/2.0/spec/idl.html#smithy-idl-abnf
 */
export function parseIdl(text: string, file: string): ModelFragment {
  return new IdlParser(text, file).parse();
}

class IdlParser implements ShapeStatementParser {
  readonly t: Tokenizer;
  version: "1.0" | "2.0" = "1.0";
  private namespace: string | undefined;
  private readonly uses = new Map<string, string>();
  inputSuffix = "Input";
  outputSuffix = "Output";
  private readonly metadata: MetadataEntry[] = [];
  private readonly shapes: ShapeDef[] = [];
  private readonly traits: TraitApplication[] = [];
  private readonly pending: PendingRef[] = [];
  /** While parsing a service or resource body, unquoted ids are references checked as such. */
  private quietIds = false;
  onValue: ((holder: Holder, key: string | number, origin: Origin) => void) | undefined;

  constructor(text: string, private readonly file: string) {
    this.t = new Tokenizer(file, text);
  }

  parse(): ModelFragment {
    const t = this.t;
    t.skipWsAndDocs();
    this.controlSection();
    t.skipWsAndDocs();
    this.metadataSection();
    this.shapeSection();
    return {
      file: this.file,
      format: "idl",
      version: this.version,
      namespace: this.namespace,
      uses: this.uses,
      metadata: this.metadata,
      shapes: this.shapes,
      traits: this.traits,
      pending: this.pending,
    };
  }

  // NodeContext

  origin(): Origin {
    return { file: this.file, line: this.t.line, column: this.t.column };
  }

  errorAt(origin: Origin, message: string, shapeId?: string): ModelError {
    return new ModelError(this.file, message, shapeId, undefined, { line: origin.line!, column: origin.column! });
  }

  syntacticId(raw: string, origin: Origin, holder: Holder, key: string | number): void {
    // In a service or resource body the ids are read as that shape's references instead.
    if (!this.quietIds) this.pending.push({ raw, origin, kind: "value", holder, key });
  }

  /** A reference to a shape; relative ids are queued for resolution. */
  ref(raw: string, origin: Origin): Ref {
    const ref: Ref = { id: raw, origin };
    this.pending.push({ raw, origin, kind: "shape", ref });
    return ref;
  }

  absolute(name: string): string {
    return `${this.namespace!}#${name}`;
  }

  // Control section: `$name: value` lines.

  private controlSection(): void {
    const t = this.t;
    const seen = new Set<string>();
    while (t.kind === T.DOLLAR) {
      t.next();
      const key = t.expect(T.IDENTIFIER, T.STRING) === T.STRING ? t.stringValue : t.lexeme();
      t.next();
      t.skipSpaces();
      t.expect(T.COLON);
      t.next();
      t.skipSpaces();
      if (seen.has(key)) throw t.error(`the control statement $${key} is given twice`);
      seen.add(key);
      const valueOrigin = this.origin();
      const holder: { value?: unknown } = {};
      nodeValue(this, holder, "value");
      const value = holder.value;
      if (key === "version") {
        if (typeof value !== "string") throw this.errorAt(valueOrigin, `$version must be a string such as "2.0", found ${JSON.stringify(value)}`);
        if (value === "2" || value === "2.0") this.version = "2.0";
        else if (value === "1" || value === "1.0") this.version = "1.0";
        else throw t.error(`unsupported Smithy IDL version ${JSON.stringify(value)} (supported: "1.0", "2.0")`);
      } else if (key === "operationInputSuffix" || key === "operationOutputSuffix") {
        if (typeof value !== "string") throw this.errorAt(valueOrigin, `$${key} must be a string, found ${JSON.stringify(value)}`);
        if (key === "operationInputSuffix") this.inputSuffix = value;
        else this.outputSuffix = value;
      }
      // Unknown control statements are ignored, as the specification requires.
      t.expectAndSkipBr();
    }
  }

  // Metadata section: `metadata key = value` lines.

  private metadataSection(): void {
    const t = this.t;
    while (t.isIdentifier("metadata")) {
      t.next();
      t.expectAndSkipSpaces();
      t.expect(T.IDENTIFIER, T.STRING);
      const key = t.kind === T.STRING ? t.stringValue : t.lexeme();
      t.next();
      t.skipSpaces();
      t.expect(T.EQUAL);
      t.next();
      t.skipSpaces();
      const entry = { key, value: undefined as unknown, origin: this.origin() };
      nodeValue(this, entry, "value");
      this.metadata.push(entry);
      t.expectAndSkipBr();
      t.skipWsAndDocs();
    }
  }

  // Shape section: namespace, use statements, shapes and apply statements.

  private shapeSection(): void {
    const t = this.t;
    if (!t.isIdentifier("namespace")) {
      if (t.kind !== T.EOF) throw t.unexpected("a namespace statement");
      return;
    }
    t.next();
    t.expectAndSkipSpaces();
    this.namespace = namespaceText(t);
    t.expectAndSkipBr();
    // Documentation comments before `use` statements are dropped by them; those after belong to the
    // first shape but keep this position (as in Smithy's loader).
    const firstDocOrigin = this.origin();
    t.skipWsAndDocs();
    this.useSection();
    if (t.kind !== T.EOF) {
      t.skipWsAndDocs();
      const doc = t.takeDocComment();
      const traits = docsAndTraits(this, false);
      if (doc !== undefined) traits.push({ name: DOCUMENTATION, value: doc, annotation: false, origin: firstDocOrigin, doc: true });
      if (this.startsStatement(traits)) this.shapeOrApply(traits);
    }
    while (t.kind !== T.EOF) {
      const traits = docsAndTraits(this, false);
      if (this.startsStatement(traits)) this.shapeOrApply(traits);
    }
  }

  /** Traits (other than a lone documentation comment) at the end of the file still need a shape. */
  private startsStatement(traits: readonly ParsedTrait[]): boolean {
    if (this.t.kind !== T.EOF) return true;
    return traits.length > 0 && !(traits.length === 1 && traits[0]!.doc);
  }

  private useSection(): void {
    const t = this.t;
    while (t.isIdentifier("use")) {
      t.next();
      t.expectAndSkipSpaces();
      const origin = this.origin();
      const id = absoluteShapeIdText(t);
      if (id.includes("$")) throw this.errorAt(origin, `a use statement cannot name a member (${id})`);
      const name = id.slice(id.indexOf("#") + 1);
      const previous = this.uses.get(name);
      if (previous !== undefined) throw this.errorAt(origin, `use ${id} conflicts with use ${previous}: both are named ${name}`);
      this.uses.set(name, id);
      t.expectAndSkipBr();
      t.skipWsAndDocs();
    }
  }

  private shapeOrApply(traits: ParsedTrait[]): void {
    const t = this.t;
    const origin = this.origin();
    t.expect(T.IDENTIFIER);
    const word = t.lexeme();
    if (word === "apply") return this.applyStatement(traits);
    if (!SHAPE_TYPES.has(word)) throw t.unexpected("a shape type or 'apply'");
    t.next();
    t.expectAndSkipSpaces();
    const id = this.shapeName();
    if (word === "member") throw t.error(`'member' is not a shape type that can be defined`);
    const def = this.newShape(id, word as ShapeType, origin);
    if (SIMPLE.has(word)) {
      this.mixins(def);
      this.shapes.push(def);
    } else if (AGGREGATE.has(word)) {
      aggregate(this, def);
    } else if (word === "enum" || word === "intEnum") {
      enumShape(this, def);
    } else if (word === "operation") {
      operation(this, def);
    } else {
      this.entity(def);
    }
    this.applyTraits(id, traits);
    t.expectAndSkipBr();
  }

  addShape(def: ShapeDef): void {
    this.shapes.push(def);
  }

  newShape(id: string, type: ShapeType, origin: Origin): ShapeDef {
    return { id, type, origin, version: this.version, mixins: [], members: [] };
  }

  private shapeName(): string {
    const t = this.t;
    const origin = this.origin();
    t.expect(T.IDENTIFIER);
    const name = t.lexeme();
    const used = this.uses.get(name);
    if (used !== undefined) throw this.errorAt(origin, `the shape name ${name} conflicts with use ${used}`);
    t.next();
    return this.absolute(name);
  }

  /** Records the traits written before a shape or member. */
  applyTraits(targetId: string, traits: readonly ParsedTrait[]): void {
    for (const p of traits) this.addTrait({ id: targetId, origin: p.origin }, p);
  }

  private addTrait(target: Ref, p: ParsedTrait, viaApply = false): void {
    const application = p as ParsedTrait & { target: Ref; trait: Ref; viaApply: boolean };
    application.target = target;
    application.viaApply = viaApply;
    application.trait = p.name.includes("#") ? { id: p.name, origin: p.origin } : this.traitRef(p.name, p.origin);
    this.traits.push(application);
  }

  private traitRef(raw: string, origin: Origin): Ref {
    const ref: Ref = { id: raw, origin };
    this.pending.push({ raw, origin, kind: "trait", ref });
    return ref;
  }

  /** `= value` after a member: the value of `traitId` on it, which explicit traits may replace. */
  sugar(targetId: string, traitId: string): void {
    const origin = this.origin();
    const application: TraitApplication = { target: { id: targetId, origin }, trait: { id: traitId, origin }, value: undefined, annotation: false, sugar: true, origin };
    nodeValue(this, application as unknown as JsonObject, "value");
    this.traits.push(application);
  }

  /** `with [A, B]` */
  mixins(def: ShapeDef): void {
    const t = this.t;
    t.skipSpaces();
    if (!t.isIdentifier("with")) return;
    if (this.version === "1.0") throw t.error(`mixins need Smithy IDL 2.0 (add $version: "2" at the top of the file)`, def.id);
    t.next();
    t.skipWsAndDocs();
    t.expect(T.LBRACKET);
    t.next();
    t.skipWsAndDocs();
    do {
      def.mixins.push(this.ref(shapeIdText(t), def.origin));
      t.skipWsAndDocs();
    } while (t.kind !== T.RBRACKET);
    t.next();
  }

  /** `structure X for Resource` */
  forResource(def: ShapeDef): void {
    const t = this.t;
    t.skipSpaces();
    if (!t.isIdentifier("for")) return;
    if (this.version === "1.0") throw t.error(`binding a structure to a resource with 'for' needs Smithy IDL 2.0`, def.id);
    t.next();
    t.expectAndSkipSpaces();
    def.forResource = this.ref(shapeIdText(t), def.origin);
  }

  /** service and resource: a node object of properties. */
  private entity(def: ShapeDef): void {
    const t = this.t;
    this.mixins(def);
    t.skipWsAndDocs();
    t.expect(T.LBRACE);
    const holder: { body?: unknown } = {};
    const origins: BodyOrigins = new Map();
    this.quietIds = true;
    this.onValue = (h, key, origin) => {
      let m = origins.get(h);
      if (!m) origins.set(h, (m = new Map()));
      m.set(key, origin);
    };
    try {
      nodeValue(this, holder, "body");
    } finally {
      this.quietIds = false;
      this.onValue = undefined;
    }
    if (!isJsonObject(holder.body)) throw t.error("expected an object"); // unreachable: the token was '{'
    // Smithy reports this at the token after the body.
    if (def.type === "resource" && holder.body.properties !== undefined && this.version === "1.0") throw t.error("resource properties need Smithy IDL 2.0", def.id);
    bodyToEntity(def, holder.body, origins, (raw, origin) => this.ref(raw, origin), (origin, message) => this.errorAt(origin, message, def.id));
    this.shapes.push(def);
  }

  private applyStatement(traits: readonly ParsedTrait[]): void {
    const t = this.t;
    if (traits.some((p) => !p.doc)) throw t.error(`traits cannot be written before an apply statement`);
    t.next();
    t.expectAndSkipWhitespace();
    const targetOrigin = this.origin();
    const raw = shapeIdText(t);
    t.expectAndSkipWhitespace();
    let applied: ParsedTrait[];
    if (t.expect(T.AT, T.LBRACE) === T.AT) {
      applied = [trait(this)];
    } else {
      t.next();
      t.skipWsAndDocs();
      applied = traitList(this);
      t.skipWsAndDocs();
      t.expect(T.RBRACE);
      t.next();
    }
    const target = this.ref(raw, targetOrigin);
    for (const p of applied) this.addTrait(target, p, true);
    t.expectAndSkipBr();
  }
}
