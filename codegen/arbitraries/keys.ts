/**
 * The key of each data shape in a service's arbitraries: its name in the service (its `rename`
 * applied), without the `_` escape the types emitter needs for identifiers — keys are property
 * names (`wire.Date`, `sdk.Record`), and a shape's arbitrary is found under the name the model
 * gives it. The generated `arbitraries.ts` and `serve`'s interpreted arbitraries key shapes alike.
 */
import { ident } from "../code.ts";
import { cmp, type Closure } from "../model/closure.ts";
import { ModelError } from "../model/errors.ts";
import type { OperationShape, StructureShape } from "../model/shapes.ts";
import { shapeName } from "../naming.ts";

/**
 * Shape id → key, for every data shape of the closure.
 *
 * @example arbitraryKeys(c).get("com.amazonaws.personalize#Arn") // "Arn"
 * @throws ModelError when two shapes would take the same key, or a shape is named `__proto__`.
 */
export function arbitraryKeys(closure: Closure): Map<string, string> {
  const { service } = closure;
  const keys = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const shape of closure.shapes) {
    const key = ident(shapeName(shape, service));
    // A letrec key and a property access: __proto__ would reach the prototype instead.
    if (key === "__proto__") throw new ModelError(closure.model.file, "a shape named __proto__ cannot be a key of the generated arbitraries", shape.id);
    const other = owners.get(key);
    if (other !== undefined) {
      throw new ModelError(closure.model.file, `${[other, shape.id].sort(cmp).join(" and ")} would both be named ${key}`, shape.id);
    }
    owners.set(key, shape.id);
    keys.set(shape.id, key);
  }
  return keys;
}

/**
 * An operation's errors in the closure's service (its own and the service-wide ones, see
 * `Closure.errorsOf`) as its arbitraries list them: sorted by key.
 */
export function operationErrors(closure: Closure, op: OperationShape, keys: ReadonlyMap<string, string>): StructureShape[] {
  return [...closure.errorsOf(op)].sort((a, b) => cmp(keys.get(a.id)!, keys.get(b.id)!));
}
