/**
 * SDK form ⇄ wire form, guided by a body's wire JSON Schema, and the JSON helpers around it.
 */
export { canonicalJson } from "./canonical.ts";
export { readLeniently } from "./lenient.ts";
export { deleteAt, formatPointer, getAt, parsePointer, setAt } from "./pointer.ts";
export { alternatives, deref, isStructureSchema, itemSchema, memberSchema, schemaAt, schemaTypes, timestampFormatOfSchema, type SchemaNode } from "./schema.ts";
export { toWire } from "./toWire.ts";
