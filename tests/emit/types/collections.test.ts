import { describe, expect, it } from "vitest";
import type { FileOptions } from "./fixture.ts";
import { emitShapes, file, fragment, NUMERIC_VALUE } from "./fixture.ts";

const rows: { name: string; smithy?: string; given: Record<string, unknown>; want: string[]; options?: FileOptions }[] = [
  {
    name: "lists (dense, sparse, nested, of enums) and maps (dense, sparse, enum-keyed, of lists) are written inline",
    given: {
      "test#Bag": {
        type: "structure",
        members: {
          names: { target: "test#Names" },
          holes: { target: "test#SparseNames" },
          grid: { target: "test#Grid" },
          kinds: { target: "test#Kinds" },
          tags: { target: "test#Tags", traits: { "smithy.api#required": {} } },
          maybe: { target: "test#SparseTags" },
          weights: { target: "test#Weights" },
          groups: { target: "test#Groups" },
          sparseWeights: { target: "test#SparseWeights" },
        },
      },
      "test#Names": { type: "list", member: { target: "smithy.api#String" } },
      "test#SparseNames": { type: "list", member: { target: "smithy.api#String" }, traits: { "smithy.api#sparse": {} } },
      "test#Grid": { type: "list", member: { target: "test#Row" } },
      "test#Row": { type: "list", member: { target: "smithy.api#Integer" } },
      "test#Kinds": { type: "list", member: { target: "test#Kind" } },
      "test#Kind": { type: "enum", members: { A: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "a" } } } },
      "test#Tags": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#String" } },
      "test#SparseTags": { type: "map", key: { target: "smithy.api#String" }, value: { target: "smithy.api#String" }, traits: { "smithy.api#sparse": {} } },
      "test#Weights": { type: "map", key: { target: "test#Kind" }, value: { target: "smithy.api#Double" } },
      "test#SparseWeights": { type: "map", key: { target: "test#Kind" }, value: { target: "test#Row" }, traits: { "smithy.api#sparse": {} } },
      "test#Groups": { type: "map", key: { target: "smithy.api#String" }, value: { target: "test#Grid" } },
    },
    want: [
      `/**
 * @public
 */
export interface Bag {
  names?: string[] | undefined;
  holes?: (string | null)[] | undefined;
  grid?: number[][] | undefined;
  kinds?: Kind[] | undefined;
  tags: Record<string, string> | undefined;
  maybe?: Record<string, string | null> | undefined;
  weights?: Partial<Record<Kind, number>> | undefined;
  groups?: Record<string, number[][]> | undefined;
  sparseWeights?: Partial<Record<Kind, number[] | null>> | undefined;
}
`,
      `/**
 * @public
 * @enum
 */
export const Kind = {
  A: "a",
} as const;
/**
 * @public
 */
export type Kind = (typeof Kind)[keyof typeof Kind];
`,
    ],
  },
  {
    name: "Smithy 1.0 set: an array like a list",
    smithy: "1.0",
    given: {
      "test#Ids": { type: "set", member: { target: "smithy.api#String" } },
      "test#Holder": { type: "structure", members: { ids: { target: "test#Ids" } } },
    },
    want: [
      `/**
 * @public
 */
export interface Holder {
  ids?: string[] | undefined;
}
`,
    ],
  },
  {
    name: "document is $DocumentType from @smithy/types; bigDecimal the structural __NumericValue, declared first",
    given: {
      "test#Loose": {
        type: "structure",
        members: { doc: { target: "smithy.api#Document" }, docs: { target: "test#Docs" }, price: { target: "smithy.api#BigDecimal" } },
      },
      "test#Docs": { type: "list", member: { target: "smithy.api#Document" } },
    },
    options: { imports: ["DocumentType"], before: [NUMERIC_VALUE] },
    want: [
      `/**
 * @public
 */
export interface Loose {
  doc?: $DocumentType | undefined;
  docs?: $DocumentType[] | undefined;
  price?: __NumericValue | undefined;
}
`,
    ],
  },
];

describe("emitTypes: lists, sets, maps, documents, big numbers", () => {
  for (const row of rows) {
    it(row.name, () => {
      const model = fragment(row.given, row.smithy !== undefined ? { smithy: row.smithy } : {});
      expect(emitShapes(model)).toBe(file(model, row.want, row.options));
    });
  }
});
