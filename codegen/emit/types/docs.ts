/**
 * TSDoc blocks for declarations, the way the SDK writes them: the model's `@documentation` (HTML,
 * kept as is but escaped by {@link tsdoc}) followed by `@public`, and `@deprecated` when the
 * shape or member is deprecated.
 *
 * @see https://smithy.io/2.0/spec/documentation-traits.html
 */
import { tsdoc } from "../../code.ts";
import type { Traits } from "../../model/shapes.ts";

/** The doc block of a declaration with these traits; `extraTags` follow `@public` (e.g. `@enum`). */
export function docBlock(traits: Pick<Traits, "documentation" | "deprecated">, indent: string, extraTags: readonly string[] = [], isPublic = true): string {
  const tags = [...(isPublic ? ["@public"] : []), ...extraTags];
  if (traits.deprecated !== undefined) tags.push(deprecatedTag(traits.deprecated));
  return tsdoc(traits.documentation, tags, indent);
}

function deprecatedTag(d: { message?: string; since?: string }): string {
  const parts = [d.message, d.since !== undefined ? `(since ${d.since})` : undefined].filter((p) => p !== undefined && p !== "");
  return parts.length > 0 ? `@deprecated ${parts.join(" ")}` : "@deprecated";
}

/**
 * The doc block of a structure member: like {@link docBlock}, but nothing at all for a member with
 * neither documentation nor deprecation (a property is not a declaration of its own).
 */
export function memberDocBlock(traits: Pick<Traits, "documentation" | "deprecated">, indent: string): string {
  const documented = (traits.documentation !== undefined && traits.documentation.trim() !== "") || traits.deprecated !== undefined;
  return documented ? docBlock(traits, indent) : "";
}
