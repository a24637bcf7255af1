/**
 * Finds documentation we may have copied: passages of our model's prose that also appear in a
 * reference model. Our default model must be written in our own words (the AWS models are for
 * checking facts, not for lifting text), and this is how a test holds us to that.
 */
import { cmp } from "../../codegen/model/closure.ts";
import type { Model, Traits } from "../../codegen/model/shapes.ts";

/**
 * Every documentation string of `model`'s own shapes (prelude left out), keyed by where it sits:
 * a shape id, a member id (`ns#Shape$member`), or `ns#Shape enum value "X"` for Smithy 1.0 `@enum` entries.
 */
export function docsOf(model: Model): Map<string, string> {
  const out = new Map<string, string>();
  const add = (where: string, traits: Traits) => {
    if (traits.documentation !== undefined) out.set(where, traits.documentation);
    for (const d of traits.enum ?? []) {
      if (d.documentation !== undefined) out.set(`${where} enum value ${JSON.stringify(d.value)}`, d.documentation);
    }
  };
  for (const shape of model.shapes.values()) {
    if (shape.namespace === "smithy.api") continue;
    add(shape.id, shape.traits);
    switch (shape.kind) {
      case "structure":
      case "union":
        for (const m of shape.members) add(m.id, m.traits);
        break;
      case "list":
        add(shape.member.id, shape.member.traits);
        break;
      case "map":
        add(shape.key.id, shape.key.traits);
        add(shape.value.id, shape.value.traits);
        break;
      case "enum":
      case "intEnum":
        for (const m of shape.members) add(`${shape.id}$${m.name}`, m.traits);
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * One message for each of our documented places whose text shares a passage of at least
 * `minLength` characters with any reference documentation. Text is compared without HTML tags,
 * with whitespace collapsed and case folded, so re-wrapping or re-tagging copied prose still counts.
 *
 * @example
 * copiedDocs(new Map([["a#X", "<p>Some text we wrote</p>"]]), docsOf(reference)) // [] when nothing is shared
 */
export function copiedDocs(
  ours: ReadonlyMap<string, string>,
  reference: ReadonlyMap<string, string>,
  minLength = 40,
): string[] {
  // Index our passages; then slide over the (much larger) reference text once.
  const windows = new Map<string, string[]>();
  for (const [where, html] of ours) {
    const text = plain(html);
    for (let i = 0; i + minLength <= text.length; i++) {
      const w = text.slice(i, i + minLength);
      const at = windows.get(w);
      if (!at) windows.set(w, [where]);
      else if (!at.includes(where)) at.push(where);
    }
  }
  const found = new Map<string, string>();
  for (const [refWhere, html] of reference) {
    const text = plain(html);
    for (let i = 0; i + minLength <= text.length; i++) {
      const w = text.slice(i, i + minLength);
      for (const where of windows.get(w) ?? []) {
        if (!found.has(where)) {
          found.set(where, `${where}: documentation shares a ${minLength}-character passage with the reference's ${refWhere}: ${JSON.stringify(w)}`);
        }
      }
    }
  }
  return [...found.keys()].sort(cmp).map((k) => found.get(k)!);
}

/** Documentation HTML as bare, case-folded text with single spaces. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
