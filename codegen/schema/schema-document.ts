/**
 * Assembles one self-contained schema file: the root schema plus, under `$defs`, every shape it
 * reaches, each keyed by {@link defsKey} and referred to as `#/$defs/<key>` (recursive shapes such
 * as DynamoDB's AttributeValue refer to themselves). A file needs nothing outside itself.
 */
import { cmp } from "../model/closure.ts";
import type { DataShape, ServiceShape } from "../model/shapes.ts";
import { defsKey } from "../naming.ts";
import { DRAFT_2020_12, record } from "./json-schema.ts";
import type { JsonSchema } from "./json-schema.ts";
import { shapeSchema } from "./shape-schema.ts";
import type { Refs } from "./shape-schema.ts";

export interface DocumentHead {
  readonly $id: string;
  readonly $comment?: string;
  readonly title: string;
  /** What the document describes, where its title cannot say it all (a part of an HTTP message, its status). */
  readonly description?: string;
}

export interface DocumentOptions {
  /** Structure and union members under their `@jsonName` (a restJson1 body), not their member name. */
  readonly jsonNames?: boolean;
}

/**
 * A schema document whose body is `build(refs)`. Shapes the body refers to through `refs` are
 * emitted under `$defs` (transitively), sorted by key, each with its shape id as `$comment`.
 * Throws when two different shapes of the file would share a `$defs` key.
 */
export function schemaDocument(service: ServiceShape, head: DocumentHead, build: (refs: Refs) => JsonSchema, options: DocumentOptions = {}): JsonSchema {
  const wanted = new Map<string, DataShape>();
  const queue: DataShape[] = [];
  const refs: Refs = {
    ...(options.jsonNames === true && { keyOf: (member) => member.traits.jsonName ?? member.name }),
    ref(shape) {
      const key = defsKey(shape, service);
      const known = wanted.get(key);
      if (known === undefined) {
        wanted.set(key, shape);
        queue.push(shape);
      } else if (known.id !== shape.id) {
        throw new Error(`$defs key ${JSON.stringify(key)} names both ${known.id} and ${shape.id}; give one a \`rename\` in the service`);
      }
      // Keys are Smithy shape names (letters, digits, `_`): valid as they are in a JSON pointer and a URI fragment.
      return { $ref: `#/$defs/${key}` };
    },
  };
  const body = build(refs);
  const defs = new Map<string, JsonSchema>();
  for (let shape = queue.shift(); shape !== undefined; shape = queue.shift()) {
    defs.set(defsKey(shape, service), {
      $comment: shape.id,
      ...(shape.traits.deprecated !== undefined && { deprecated: true as const }),
      ...(shape.traits.sensitive && { "x-smithy-sensitive": true as const }),
      ...shapeSchema(shape, shape.traits, refs),
    });
  }
  const sorted = [...defs.entries()].sort(([a], [b]) => cmp(a, b));
  return {
    $schema: DRAFT_2020_12,
    $id: head.$id,
    $comment: head.$comment,
    title: head.title,
    ...(head.description !== undefined && { description: head.description }),
    ...body,
    ...(sorted.length > 0 && { $defs: record(sorted) }),
  };
}
