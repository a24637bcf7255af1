/**
 * A contract at the size of its service: every schema root's `$defs` is one service-level object
 * holding all the definitions, and an error several operations return is one object they share.
 * Validation is unchanged (a schema reaches only what its `$ref`s lead to); what changes is what a
 * generated `contract.ts` has to write (once) and what a process holds in memory (once). The
 * emitter prints the result with each shared object written once (codegen/emit/contract).
 *
 * When two schemas disagree on a definition of the same name (not something codegen/schema
 * writes), the schemas keep their own `$defs`; errors written differently by two operations stay apart.
 */
import type { ErrorContract, JsonSchema, ServiceContract } from "../../runtime/contract.ts";

type Json = Record<string, unknown>;

export interface SharedContract {
  /** A copy of the contract whose schemas and errors share as described. */
  readonly contract: ServiceContract;
  /** The one `$defs` object every schema root now holds (undefined when they could not share). */
  readonly defs: Readonly<Record<string, JsonSchema>> | undefined;
  /** The shared error objects, by name, sorted. */
  readonly errors: ReadonlyMap<string, ErrorContract>;
}

/**
 * See the module comment. The given contract is not changed: the result copies what changes (the
 * schema roots, and the objects on the way to them and to the errors) and shares the rest with it
 * (a deep copy of the whole contract cost more than the sharing itself).
 */
export function sharedContract(original: ServiceContract): SharedContract {
  let contract = original as unknown as Json;
  const defs = shareDefinitions(contract);
  if (defs !== undefined) contract = withDefs(contract, defs, new Map()) as Json;
  const errors = shareErrors(contract, defs);
  contract = errors.contract;
  return { contract: contract as unknown as ServiceContract, defs: defs as Record<string, JsonSchema> | undefined, errors: errors.shared as unknown as Map<string, ErrorContract> };
}

/**
 * `value` with every schema root holding `defs` as its `$defs`: roots and the objects and arrays on
 * the way to them copied (each once, so what the original shares stays shared), the rest as it is.
 */
function withDefs(value: unknown, defs: Json, copies: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  let out: unknown = value;
  if (Array.isArray(value)) {
    const items = value.map((v) => withDefs(v, defs, copies));
    if (items.some((v, i) => v !== value[i])) out = items;
  } else if (isSchemaRoot(value as Json)) {
    out = { ...(value as Json), $defs: defs };
  } else {
    let copy: Json | undefined;
    for (const [key, v] of Object.entries(value as Json)) {
      const w = withDefs(v, defs, copies);
      // The spread made `key` an own data property of the copy, so assigning it is safe even for `__proto__`.
      if (w !== v) (copy ??= { ...(value as Json) })[key] = w;
    }
    if (copy !== undefined) out = copy;
  }
  copies.set(value, out);
  return out;
}

function isSchemaRoot(o: Json): boolean {
  return typeof o.$schema === "string" && typeof o.$defs === "object" && o.$defs !== null;
}

/** Every schema root in the contract (an object with `$schema` and `$defs`), wherever it is. */
export function schemaRoots(value: unknown, out: Json[] = []): Json[] {
  if (typeof value !== "object" || value === null) return out;
  if (Array.isArray(value)) {
    for (const v of value) schemaRoots(v, out);
    return out;
  }
  const o = value as Json;
  if (isSchemaRoot(o)) {
    out.push(o);
    return out;
  }
  for (const v of Object.values(o)) schemaRoots(v, out);
  return out;
}

/**
 * One object holding the definitions of every schema root (sorted by name), for every root to
 * point its `$defs` at; undefined when two roots define a name differently.
 */
function shareDefinitions(contract: Json): Json | undefined {
  const roots = schemaRoots(contract);
  if (roots.length === 0) return undefined;
  // Written out only to compare two different objects: the schema builder gives every document
  // that reaches a shape the same object, and structuredClone keeps it one.
  const all = new Map<string, { text: string | undefined; schema: unknown }>();
  for (const root of roots) {
    for (const [name, schema] of Object.entries(root.$defs as Json)) {
      const known = all.get(name);
      if (known === undefined) {
        all.set(name, { text: undefined, schema });
        continue;
      }
      if (known.schema === schema) continue;
      const text = JSON.stringify(schema);
      if ((known.text ??= JSON.stringify(known.schema)) !== text) return undefined;
      all.set(name, { text, schema });
    }
  }
  const shared: Json = {};
  for (const name of [...all.keys()].sort()) shared[name] = all.get(name)!.schema;
  return shared;
}

/**
 * One object per error name, for errors written identically in every operation that returns them (each
 * operation's entry then is that object); returns them by name, sorted. `defs`, the `$defs` every
 * schema root already shares, is left out of the comparison (it is the same object in each, and
 * writing it out once per error per operation cost more than the rest of the contract).
 */
function shareErrors(contract: Json, defs: Json | undefined): { contract: Json; shared: Map<string, Json> } {
  const skipDefs = defs === undefined ? undefined : (_key: string, value: unknown) => (value === defs ? 0 : value);
  const operations = Object.values((contract.operations ?? {}) as Record<string, Json>);
  const seen = new Map<string, { text: string; error: Json; count: number; same: boolean }>();
  for (const op of operations) {
    for (const [name, error] of Object.entries((op.errors ?? {}) as Record<string, Json>)) {
      const text = JSON.stringify(error, skipDefs);
      const known = seen.get(name);
      if (known === undefined) seen.set(name, { text, error, count: 1, same: true });
      else {
        known.count += 1;
        known.same &&= known.text === text;
      }
    }
  }
  const shared = new Map<string, Json>();
  for (const name of [...seen.keys()].sort()) {
    const s = seen.get(name)!;
    if (s.same) shared.set(name, s.error);
  }
  // Each operation's errors point at the shared objects: the operations and their error maps copied, the contract's left as they are.
  const copies = Object.entries((contract.operations ?? {}) as Record<string, Json>).map(([name, op]): [string, Json] => {
    const errors = op.errors as Record<string, Json> | undefined;
    if (errors === undefined) return [name, op];
    return [name, { ...op, errors: Object.fromEntries(Object.entries(errors).map(([e, error]) => [e, shared.get(e) ?? error])) }];
  });
  return { contract: contract.operations === undefined ? contract : { ...contract, operations: Object.fromEntries(copies) }, shared };
}
