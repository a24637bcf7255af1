/**
 * Errors. The SDK declares each modeled error as a class extending `<Service>ServiceException`
 * (which extends `ServiceException` from `@smithy/core/client`, an `Error`). We declare types only:
 * interfaces with the same instance members, so a value typed with ours is assignable to the SDK's
 * class type and back, without this file importing the SDK.
 *
 * Members other than `message` become fields (`message` is `Error`'s own); an error with
 * `@retryable` carries `$retryable: { throttling: boolean }` (or `{}`), as the SDK's class does.
 *
 * @see https://smithy.io/2.0/spec/type-refinement-traits.html#error-trait
 * @see https://smithy.io/2.0/spec/behavior-traits.html#retryable-trait
 */
import { ident, literal, tsdoc } from "../../code.ts";
import { serviceTypeName } from "../../naming.ts";
import type { ServiceShape, StructureShape } from "../../model/shapes.ts";
import { declName, smithyType } from "./context.ts";
import type { TypesContext } from "./context.ts";
import { docBlock } from "./docs.ts";
import { memberLine } from "./structure.ts";

/**
 * The name of the service's base exception, as the SDK names it: the sdkId's words capitalized and
 * joined, plus `ServiceException` (`Personalize` → `PersonalizeServiceException`, `SSO Admin` →
 * `SSOAdminServiceException`, `b2bi` → `B2biServiceException`).
 */
export function serviceExceptionName(service: ServiceShape): string {
  return ident(`${serviceTypeName(service)}ServiceException`);
}

/** The base exception: the instance type of the SDK's `<Service>ServiceException` class. */
export function emitServiceException(tc: TypesContext): string {
  const name = serviceExceptionName(tc.service);
  return (
    tsdoc(`The base of every error of the service: the instance type of the SDK's ${name} class.`, ["@public"]) +
    `export interface ${name} extends Error {\n` +
    `  readonly $fault: "client" | "server";\n` +
    `  $response?: ${smithyType(tc, "HttpResponse")};\n` +
    `  $retryable?: ${smithyType(tc, "RetryableTrait")};\n` +
    `  $metadata: ${smithyType(tc, "ResponseMetadata")};\n` +
    `}\n`
  );
}

/** One modeled error: `export interface X extends <Service>ServiceException { readonly name: "X"; ... }` */
export function emitError(shape: StructureShape, tc: TypesContext): string {
  const fault = shape.traits.error;
  if (fault === undefined) throw new Error(`${shape.id} is not an error structure`);
  const lines = [
    `  readonly name: ${literal(shape.name)};\n`,
    `  readonly $fault: ${literal(fault)};\n`,
  ];
  const retryable = shape.traits.retryable;
  if (retryable !== undefined) lines.push(retryable.throttling ? `  $retryable: {\n    throttling: boolean;\n  };\n` : `  $retryable: {};\n`);
  for (const m of shape.members) if (m.name !== "message") lines.push(memberLine(m, tc, "  "));
  return `${docBlock(shape.traits, "")}export interface ${declName(shape, tc)} extends ${serviceExceptionName(tc.service)} {\n${lines.join("")}}\n`;
}
