/**
 * `@paginated` as the mocks use it: the request's token and page size, the answer's token and page
 * items, as JSON pointers, and the page size when the request gives none.
 *
 * @see https://smithy.io/2.0/spec/behavior-traits.html#paginated-trait
 */
import type { PagingSpec } from "../../runtime/contract.ts";
import { formatPointer } from "../../runtime/validation/pointer.ts";
import type { Closure } from "../model/closure.ts";
import type { DataShape, Member, OperationShape } from "../model/shapes.ts";

/** The page size a request without one gets when the model says nothing better. */
export const DEFAULT_PAGE_SIZE = 100;

/**
 * The paging of `op` in the closure's service, or undefined when it does not page (no `@paginated`,
 * or a token path that names no member).
 *
 * @example pagingOf(c, listDatasetImportJobs)
 * // { inputToken: "/nextToken", outputToken: "/nextToken", items: "/datasetImportJobs", pageSize: "/maxResults", defaultPageSize: 100 }
 */
export function pagingOf(closure: Closure, op: OperationShape): PagingSpec | undefined {
  const trait = closure.paginatedOf(op);
  if (trait?.inputToken === undefined || trait.outputToken === undefined) return undefined;
  const inputToken = path(op.input, trait.inputToken);
  const outputToken = path(op.output, trait.outputToken);
  if (inputToken === undefined || outputToken === undefined) return undefined;
  const items = trait.items !== undefined ? path(op.output, trait.items) : onlyList(op.output);
  const pageSize = trait.pageSize !== undefined ? path(op.input, trait.pageSize) : undefined;
  const max = pageSize?.member.effective.range?.max;
  const defaultPageSize = max !== undefined && max >= 1 && max <= 1000 ? max : DEFAULT_PAGE_SIZE;
  return {
    inputToken: inputToken.pointer,
    outputToken: outputToken.pointer,
    ...(items !== undefined && { items: items.pointer }),
    ...(pageSize !== undefined && { pageSize: pageSize.pointer }),
    defaultPageSize,
  };
}

/** A `@paginated` member path (`a.b`, through structures) as a pointer, with the member it ends at. */
function path(root: DataShape, dotted: string): { pointer: string; member: Member } | undefined {
  let shape: DataShape = root;
  let member: Member | undefined;
  const tokens: string[] = [];
  for (const name of dotted.split(".")) {
    if (shape.kind !== "structure") return undefined;
    member = shape.members.find((m) => m.name === name);
    if (member === undefined) return undefined;
    tokens.push(name);
    shape = member.target as DataShape;
  }
  return member === undefined ? undefined : { pointer: formatPointer(tokens), member };
}

/** The output's only top-level list or map member: the page, when `@paginated` names no items. */
function onlyList(output: DataShape): { pointer: string; member: Member } | undefined {
  if (output.kind !== "structure") return undefined;
  const lists = output.members.filter((m) => m.target.kind === "list" || m.target.kind === "map");
  return lists.length === 1 ? { pointer: formatPointer([lists[0]!.name]), member: lists[0]! } : undefined;
}
