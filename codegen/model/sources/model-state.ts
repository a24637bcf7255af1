/**
 * The merged model while it is being assembled: each shape's definition, its members (including
 * those it inherits from mixins) and the traits applied to it, in the order they were applied.
 * Only traits a shape or member introduces are kept; inherited ones are its mixins' business, and the
 * JSON AST prints introduced traits only.
 */
import type { Origin, ShapeDef } from "./fragment.ts";

export interface TraitValue {
  value: unknown;
  origin: Origin;
  /** Set by IDL sugar (`= value`); an explicit trait replaces it. */
  sugar: boolean;
}

export type TraitMap = Map<string, TraitValue>;

export interface MemberState {
  readonly name: string;
  readonly target: string;
  origin: Origin;
  /** Inherited from (or redefining a member of) a mixin: printed as an `apply` of its own traits only. */
  readonly fromMixin: boolean;
  /** The mixins it is inherited from, in order (empty for the shape's own members). */
  readonly providers: readonly string[];
  /** Written in the shape itself (a redefinition, when inherited too). */
  readonly declared: boolean;
  readonly traits: TraitMap;
}

export interface ShapeState {
  readonly def: ShapeDef;
  /** Inherited members first (in mixin order), then the shape's own, in the order written. */
  readonly members: Map<string, MemberState>;
  readonly traits: TraitMap;
}

export type ModelState = Map<string, ShapeState>;
