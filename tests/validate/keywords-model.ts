/**
 * A small awsJson model with one member per schema construct the Personalize model lacks (union,
 * list with uniqueItems, map with key constraints, float, ranged integer, date-time timestamp,
 * dense and sparse lists of structures, documents, an enum with spaces), for violation tests.
 */
import { loadModelText } from "../../codegen/model/load.ts";
import type { Model } from "../../codegen/model/shapes.ts";

const ast = {
  smithy: "2.0",
  shapes: {
    "ex.kw#Svc": { type: "service", version: "1", operations: [{ target: "ex.kw#Op" }], traits: { "aws.protocols#awsJson1_0": {} } },
    "ex.kw#Op": { type: "operation", input: { target: "ex.kw#OpInput" }, output: { target: "smithy.api#Unit" } },
    "ex.kw#OpInput": {
      type: "structure",
      members: {
        choice: { target: "ex.kw#Choice" },
        tags: { target: "ex.kw#Tags" },
        attrs: { target: "ex.kw#Attrs" },
        ratio: { target: "ex.kw#Ratio" },
        count: { target: "ex.kw#Count" },
        when: { target: "ex.kw#When" },
        items: { target: "ex.kw#Items" },
        sparse: { target: "ex.kw#SparseItems" },
        docs: { target: "ex.kw#Docs" },
        state: { target: "ex.kw#State" },
      },
    },
    "ex.kw#Choice": { type: "union", members: { a: { target: "smithy.api#String" }, b: { target: "ex.kw#Count" } } },
    "ex.kw#Tags": {
      type: "list",
      member: { target: "ex.kw#Tag" },
      traits: { "smithy.api#uniqueItems": {}, "smithy.api#length": { max: 2 } },
    },
    "ex.kw#Tag": { type: "string", traits: { "smithy.api#pattern": "^[a-z]+$" } },
    "ex.kw#Attrs": { type: "map", key: { target: "ex.kw#Key" }, value: { target: "ex.kw#Count" } },
    "ex.kw#Key": { type: "string", traits: { "smithy.api#length": { max: 3 } } },
    "ex.kw#Ratio": { type: "double" },
    "ex.kw#Count": { type: "integer", traits: { "smithy.api#range": { min: 0, max: 10 } } },
    "ex.kw#When": { type: "timestamp", traits: { "smithy.api#timestampFormat": "date-time" } },
    "ex.kw#Items": { type: "list", member: { target: "ex.kw#Item" } },
    "ex.kw#SparseItems": { type: "list", member: { target: "ex.kw#Item" }, traits: { "smithy.api#sparse": {} } },
    "ex.kw#Item": { type: "structure", members: { id: { target: "smithy.api#String", traits: { "smithy.api#required": {} } } } },
    "ex.kw#Docs": { type: "list", member: { target: "smithy.api#Document" } },
    "ex.kw#State": {
      type: "enum",
      members: {
        PENDING: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "CREATE PENDING" } },
        ACTIVE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "ACTIVE" } },
      },
    },
  },
};

export function keywordsModel(): Model {
  return loadModelText(JSON.stringify(ast), "keywords.json");
}
