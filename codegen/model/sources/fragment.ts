/**
 * What one model file contributes to a model, before files are merged: its shape definitions, the
 * traits it applies (on definitions, on members, by `apply`, by documentation comments), its
 * metadata, and, for IDL files, the relative shape ids still to resolve once every file's shapes are
 * known (a file may refer to a shape another file defines). Both readers — the IDL parser and the
 * JSON AST reader — produce this, and `assemble` merges any number of them into one JSON AST.
 */

/** Where something was written: a line and column for IDL text, a JSON pointer for a JSON AST. */
export interface Origin {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly pointer?: string;
}

/** A reference to a shape. `id` is absolute once resolved (JSON AST references always are). */
export interface Ref {
  id: string;
  readonly origin: Origin;
}

export interface MemberDef {
  readonly name: string;
  /** Undefined when the IDL elides it (`$name`): taken from a mixin or the bound resource. */
  readonly target: Ref | undefined;
  readonly origin: Origin;
}

export type ShapeType =
  | "blob" | "boolean" | "string" | "byte" | "short" | "integer" | "long" | "float" | "double"
  | "bigInteger" | "bigDecimal" | "timestamp" | "document" | "enum" | "intEnum"
  | "list" | "set" | "map" | "structure" | "union" | "service" | "operation" | "resource";

export interface ShapeDef {
  readonly id: string;
  readonly type: ShapeType;
  readonly origin: Origin;
  /** The Smithy version of the file that defines it (1.0 semantics differ: defaults, `set`). */
  readonly version: "1.0" | "2.0";
  readonly mixins: Ref[];
  readonly members: MemberDef[];
  /** `structure X for Resource`: elided members may take the resource's identifier and property targets. */
  forResource?: Ref;
  // operation
  input?: Ref;
  output?: Ref;
  errors?: Ref[];
  // service
  serviceVersion?: string;
  operations?: Ref[];
  resources?: Ref[];
  rename?: [string, string][];
  // resource
  identifiers?: [string, Ref][];
  properties?: [string, Ref][];
  put?: Ref;
  create?: Ref;
  read?: Ref;
  update?: Ref;
  delete?: Ref;
  list?: Ref;
  collectionOperations?: Ref[];
}

/** One trait applied to a shape or member (`target` may be `ns#Shape$member`). */
export interface TraitApplication {
  readonly target: Ref;
  readonly trait: Ref;
  /** Plain JSON. An annotation trait's value is decided once its definition is known. */
  value: unknown;
  readonly annotation: boolean;
  /**
   * IDL sugar (`= value` on a member, an enum member's value): an explicit trait of the same name
   * replaces it without conflict, as in Smithy's loader.
   */
  readonly sugar?: boolean;
  /** Written in an IDL `apply` statement: Smithy applies these after all other traits. */
  readonly viaApply?: boolean;
  readonly origin: Origin;
}

/** A shape id as written in IDL, to resolve against the namespace, `use` statements and the prelude. */
export interface PendingRef {
  readonly raw: string;
  readonly origin: Origin;
  /**
   * "shape": a shape reference, which must resolve; "value": a shape id written unquoted as a node
   * value (a syntactic shape id), which must resolve too; "trait": a trait name, which may name a
   * trait the model does not define.
   */
  readonly kind: "shape" | "value" | "trait";
  /** Where the absolute id goes: a reference's `id`, or `holder[key]` for a node value. */
  readonly ref?: Ref;
  readonly holder?: Record<string, unknown> | unknown[];
  readonly key?: string | number;
}

export interface MetadataEntry {
  readonly key: string;
  readonly value: unknown;
  readonly origin: Origin;
}

export interface ModelFragment {
  readonly file: string;
  readonly format: "idl" | "json";
  readonly version: "1.0" | "2.0";
  /** The IDL namespace (undefined in JSON ASTs and IDL files without shapes). */
  readonly namespace: string | undefined;
  /** `use` statements: shape name → absolute id. */
  readonly uses: ReadonlyMap<string, string>;
  readonly metadata: MetadataEntry[];
  readonly shapes: ShapeDef[];
  readonly traits: TraitApplication[];
  readonly pending: PendingRef[];
}
