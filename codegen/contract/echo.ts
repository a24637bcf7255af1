/**
 * Which request members come back in the answer: an output member with the name and the target of
 * an input member, at the top level or one level down (`DescribeDatasetImportJob`'s
 * `datasetImportJobArn` → `/datasetImportJob/datasetImportJobArn`; KMS `DescribeKey`'s `KeyId` →
 * `/KeyMetadata/KeyId`). Only scalar identifiers (strings, enums, integers) are linked: they are what
 * names the thing asked for.
 */
import type { PointerLink } from "../../runtime/contract.ts";
import { childPointer } from "../../runtime/validation/pointer.ts";
import type { Member, OperationShape, Shape } from "../model/shapes.ts";

const SCALAR = new Set<Shape["kind"]>(["string", "enum", "intEnum", "byte", "short", "integer", "long"]);

/**
 * The echo links of an operation, in model order; `exclude` names input members handled elsewhere
 * (the paging token and page size).
 *
 * @example echoLinks(describeDatasetImportJob) // [{ from: "/datasetImportJobArn", to: "/datasetImportJob/datasetImportJobArn" }]
 */
export function echoLinks(op: OperationShape, exclude: ReadonlySet<string> = new Set()): PointerLink[] {
  if (op.input.kind !== "structure" || op.output.kind !== "structure") return [];
  const links: PointerLink[] = [];
  const same = (a: Member, b: Member) => a.name === b.name && a.target.id === b.target.id;
  for (const input of op.input.members) {
    if (!SCALAR.has(input.target.kind) || exclude.has(input.name)) continue;
    const from = childPointer("", input.name);
    for (const output of op.output.members) {
      if (same(input, output)) links.push({ from, to: childPointer("", output.name) });
      const inner = output.target;
      if (inner.kind !== "structure") continue;
      for (const nested of inner.members) if (same(input, nested)) links.push({ from, to: childPointer(childPointer("", output.name), nested.name) });
    }
  }
  return links;
}
