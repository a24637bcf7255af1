/**
 * Errata: corrections of a model that the service's real behaviour proves wrong, written in an
 * overlay with a reason, and applied to the JSON AST before anything is loaded — so types, schemas,
 * arbitraries, mocks, `serve` and `validate` all see the corrected model. Each erratum replaces one
 * trait of one shape or member (`ns#Shape$member`), and generated files name it in their headers.
 *
 * AWS's Personalize model, for one, types `DatasetImportJob.roleArn` with Personalize's own ARN
 * pattern while the service returns an IAM role ARN there (as `CreateDatasetImportJobRequest.roleArn`'s
 * `RoleArn` shape says), so every real `DescribeDatasetImportJob` response fails a literal check.
 */
import { ModelError, pointerToken } from "./errors.ts";
import { isObject } from "./traits.ts";

/** One correction: `trait` of `shape` becomes `value`, because `reason`. */
export interface Erratum {
  readonly shape: string;
  readonly trait: string;
  readonly value: unknown;
  readonly reason: string;
}

const SHAPE_ID = /^[A-Za-z_][A-Za-z0-9_.]*#[A-Za-z_][A-Za-z0-9_]*(\$[A-Za-z_][A-Za-z0-9_]*)?$/;
const TRAIT_ID = /^[A-Za-z_][A-Za-z0-9_.]*#[A-Za-z_][A-Za-z0-9_]*$/;

/** Reads the `errata` array of an overlay; a ModelError naming the file and pointer when one is malformed. */
export function readErrata(json: unknown, file: string): Erratum[] {
  if (json === undefined) return [];
  if (!Array.isArray(json)) throw new ModelError(file, `"errata" must be an array`, undefined, "/errata");
  return json.map((e: unknown, i) => {
    const at = `/errata/${i}`;
    if (!isObject(e)) throw new ModelError(file, "an erratum must be an object", undefined, at);
    for (const k of Object.keys(e)) if (!["shape", "trait", "value", "reason"].includes(k)) throw new ModelError(file, `unknown erratum field ${JSON.stringify(k)}`, undefined, `${at}/${pointerToken(k)}`);
    if (typeof e.shape !== "string" || !SHAPE_ID.test(e.shape)) throw new ModelError(file, `"shape" must be an absolute shape or member id (ns#Shape or ns#Shape$member)`, undefined, `${at}/shape`);
    if (typeof e.trait !== "string" || !TRAIT_ID.test(e.trait)) throw new ModelError(file, `"trait" must be an absolute trait id such as smithy.api#pattern`, undefined, `${at}/trait`);
    if (!("value" in e)) throw new ModelError(file, `an erratum needs the trait's new "value"`, undefined, at);
    if (typeof e.reason !== "string" || e.reason.trim() === "") throw new ModelError(file, `an erratum needs a "reason": why the model is wrong`, undefined, `${at}/reason`);
    return { shape: e.shape, trait: e.trait, value: e.value, reason: e.reason };
  });
}

/**
 * A copy of the JSON AST with each erratum applied: the shape's (or member's) trait replaced where
 * the AST declares it (a structure's or union's `members`, a list's `member`, a map's `key` and
 * `value`), and in an `apply` entry of the member when the AST has one (the loader applies those
 * last, so they would undo the erratum); a member it does not declare itself (from a mixin) gets an
 * `apply` entry. A shape or member the model does not have is a ModelError naming the overlay.
 *
 * @example applyErrata(ast, [{ shape: "ns#Job$roleArn", trait: "smithy.api#pattern", value: "^arn:…$", reason: "…" }], "overlay.json")
 */
export function applyErrata(ast: unknown, errata: readonly Erratum[], overlayFile: string): unknown {
  if (errata.length === 0 || !isObject(ast) || !isObject(ast.shapes)) return ast;
  const copy = structuredClone(ast) as { shapes: Record<string, Record<string, unknown>> };
  errata.forEach((erratum, i) => {
    const [container, member] = erratum.shape.split("$") as [string, string | undefined];
    const shape = copy.shapes[container];
    if (!isObject(shape)) throw new ModelError(overlayFile, `erratum ${i}: the model has no shape ${container}`, erratum.shape, `/errata/${i}/shape`);
    const holders: Record<string, unknown>[] = [];
    if (member === undefined) holders.push(shape);
    else {
      const declared = declaredMember(shape, member);
      if (declared === undefined && !inherits(copy.shapes, shape, member, new Set([container]))) {
        throw new ModelError(overlayFile, `erratum ${i}: ${container} has no member ${JSON.stringify(member)}`, erratum.shape, `/errata/${i}/shape`);
      }
      if (declared !== undefined) holders.push(declared);
      const applied = copy.shapes[erratum.shape];
      if (isObject(applied)) holders.push(applied);
      else if (declared === undefined) holders.push((copy.shapes[erratum.shape] = { type: "apply", traits: {} }));
    }
    for (const holder of holders) {
      const traits = isObject(holder.traits) ? holder.traits : (holder.traits = {});
      (traits as Record<string, unknown>)[erratum.trait] = structuredClone(erratum.value);
    }
  });
  return copy;
}

/** The member `name` a shape of the JSON AST declares itself, if any. */
function declaredMember(shape: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  if (isObject(shape.members)) return Object.prototype.hasOwnProperty.call(shape.members, name) && isObject(shape.members[name]) ? (shape.members[name] as Record<string, unknown>) : undefined;
  const own = name === "member" || name === "key" || name === "value" ? shape[name] : undefined;
  return isObject(own) ? own : undefined;
}

/** True when one of the shape's mixins (or theirs) declares the member `name`. */
function inherits(shapes: Record<string, Record<string, unknown>>, shape: Record<string, unknown>, name: string, seen: Set<string>): boolean {
  if (!Array.isArray(shape.mixins)) return false;
  return shape.mixins.some((m: unknown) => {
    const id = isObject(m) && typeof m.target === "string" ? m.target : undefined;
    if (id === undefined || seen.has(id)) return false;
    seen.add(id);
    const mixin = Object.prototype.hasOwnProperty.call(shapes, id) ? shapes[id] : undefined;
    return isObject(mixin) && (declaredMember(mixin, name) !== undefined || inherits(shapes, mixin, name, seen));
  });
}
