/**
 * Assembles one self-contained schema file: the root schema plus, under `$defs`, every shape it
 * reaches, each keyed by {@link defsKey} and referred to as `#/$defs/<key>` (recursive shapes such
 * as DynamoDB's AttributeValue refer to themselves). A file needs nothing outside itself.
 */
import { cmp } from "../model/closure.ts";
import type { DataShape, ServiceShape } from "../model/shapes.ts";
import { defsKey } from "../naming.ts";
import { DRAFT_2020_12, record, sensitiveMark } from "./json-schema.ts";
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
  /**
   * The `$defs` entries of earlier documents of the same run, to reuse (see {@link Definitions});
   * made with the same `jsonNames`.
   */
  readonly definitions?: Definitions;
}

/** A `$defs` entry, and the shapes it refers to (each then needs its own entry in a document that holds it). */
interface Definition {
  readonly schema: JsonSchema;
  readonly refers: readonly DataShape[];
}

/**
 * The `$defs` entries built so far by a run of documents over one service (a builder's call): each
 * shape's entry is built once, and every document that reaches the shape holds that same object.
 * Documents of a service reach mostly the same shapes; building each entry again per document
 * was most of the time a builder took. An entry's text is the same either way.
 */
export class Definitions {
  readonly #built = new Map<DataShape, Definition>();

  /** `jsonNames`: whether the documents name members by `@jsonName` ({@link DocumentOptions}). */
  constructor(readonly jsonNames = false) {}

  /** The entry of `shape`: built by `build` the first time (what it refers to recorded), the same object after. */
  entry(shape: DataShape, refs: Refs, build: (refs: Refs) => JsonSchema): JsonSchema {
    const known = this.#built.get(shape);
    if (known !== undefined) {
      for (const target of known.refers) refs.ref(target);
      return known.schema;
    }
    const refers: DataShape[] = [];
    const schema = build({ ...refs, ref: (target) => (refers.push(target), refs.ref(target)) });
    this.#built.set(shape, { schema, refers });
    return schema;
  }
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
  const cache = options.definitions;
  if (cache !== undefined && cache.jsonNames !== (options.jsonNames === true)) throw new Error("schemaDocument: definitions made for the other member naming");
  const entry = (shape: DataShape) => (r: Refs): JsonSchema => ({
    $comment: shape.id,
    ...(shape.traits.deprecated !== undefined && { deprecated: true as const }),
    ...sensitiveMark(shape.traits.sensitive),
    ...shapeSchema(shape, shape.traits, r),
  });
  // The queue grows while it is read: each entry schedules the shapes it refers to.
  for (let i = 0; i < queue.length; i++) {
    const shape = queue[i]!;
    defs.set(defsKey(shape, service), cache === undefined ? entry(shape)(refs) : cache.entry(shape, refs, entry(shape)));
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
