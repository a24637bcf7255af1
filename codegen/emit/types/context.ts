/**
 * What the types emitter carries while it writes one `types.ts`: the service (for names) and the
 * imports the written declarations turned out to need. State lives here, passed explicitly, so
 * the per-kind emitters stay pure functions of their arguments.
 */
import type { ServiceShape, Shape } from "../../model/shapes.ts";
import { ident } from "../../code.ts";
import { typeName } from "../../naming.ts";

/**
 * The `@smithy/types` types a `types.ts` may refer to, each under a `__` alias as the SDK does. It
 * imports them from `smithy-contract/runtime`, which re-exports exactly these (runtime/index.ts).
 */
export type SmithyTypeImport =
  | "BlobPayloadInputTypes"
  | "DocumentType"
  | "HttpResponse"
  | "MetadataBearer"
  | "ResponseMetadata"
  | "RetryableTrait"
  | "StreamingBlobPayloadInputTypes"
  | "StreamingBlobPayloadOutputTypes"
  | "StreamingBlobTypes";

export interface TypesContext {
  readonly service: ServiceShape;
  /** Filled while emitting: which `@smithy/types` exports the file refers to. */
  readonly smithyTypes: Set<SmithyTypeImport>;
  /** Filled while emitting: whether a bigDecimal was met (the file then declares `__NumericValue`). */
  readonly numericValue: { used: boolean };
  /** Filled while emitting: whether a command output has a blob payload (the file then declares `__Uint8ArrayBlobAdapter`). */
  readonly blobAdapter: { used: boolean };
  /** Filled while emitting: whether a JSON string (`@mediaType` JSON) was met (the file then declares `__AutomaticJsonStringConversion`). */
  readonly jsonString: { used: boolean };
}

export function typesContext(service: ServiceShape): TypesContext {
  return { service, smithyTypes: new Set(), numericValue: { used: false }, blobAdapter: { used: false }, jsonString: { used: false } };
}

/** A `@smithy/types` export as the file refers to it (`$DocumentType`: no shape can take the name), recorded for the import line. */
export function smithyType(tc: TypesContext, name: SmithyTypeImport): string {
  tc.smithyTypes.add(name);
  return `$${name}`;
}

/** The checked TypeScript identifier of a shape that the file declares. */
export function declName(shape: Shape, tc: TypesContext): string {
  return ident(typeName(shape, tc.service));
}
