/**
 * The generated wire schemas of DescribeDatasetImportJob, read from `generated/personalize/schemas/`
 * as a user's tool would read them, compiled with the project's strict ajv (`createAjv()`).
 */
import { readFileSync } from "node:fs";
import type { ErrorObject, ValidateFunction } from "ajv";
import { createAjv } from "smithy-contract/runtime";

const dir = new URL("../../../generated/personalize/schemas/", import.meta.url);
const ajv = createAjv();

function compile(file: string): ValidateFunction {
  return ajv.compile(JSON.parse(readFileSync(new URL(file, dir), "utf8")) as object);
}

export const schemas = {
  input: compile("DescribeDatasetImportJob.input.schema.json"),
  output: compile("DescribeDatasetImportJob.output.schema.json"),
  errors: {
    InvalidInputException: compile("InvalidInputException.error.schema.json"),
    ResourceNotFoundException: compile("ResourceNotFoundException.error.schema.json"),
  },
} as const;

/** What a test asserts of one ajv error: the keyword, where, and the param that names a member. */
export interface SchemaError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly member?: string;
}

/** The errors of validating `value` (none when valid), reduced to {@link SchemaError}s. */
export function schemaErrors(validate: ValidateFunction, value: unknown): SchemaError[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map(reduce);
}

function reduce(error: ErrorObject): SchemaError {
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const member = params.missingProperty ?? params.additionalProperty;
  return { keyword: error.keyword, instancePath: error.instancePath, ...(member !== undefined && { member }) };
}
