/**
 * The errors a restJson1 service's framework answers before any operation runs: the request
 * names no operation (404), its Content-Type is not the body's (415), its Accept admits no answer
 * (406). Smithy's server frameworks name them so in `X-Amzn-Errortype`, as the malformed-request
 * compliance tests check.
 *
 * @see https://smithy.io/2.0/additional-specs/http-protocol-compliance-tests.html#httpmalformedrequesttests
 */
import type { FrameworkError } from "../framework-errors.ts";

/** No operation of the service has the request's method and path. */
export const UNKNOWN_OPERATION: FrameworkError = { name: "UnknownOperationException", shapeId: "smithy.framework#UnknownOperationException", status: 404 };
/** The request's Content-Type is not the media type of the operation's input body. */
export const UNSUPPORTED_MEDIA_TYPE: FrameworkError = { name: "UnsupportedMediaTypeException", shapeId: "smithy.framework#UnsupportedMediaTypeException", status: 415 };
/** The request's Accept admits no media type of the operation's answer. */
export const NOT_ACCEPTABLE: FrameworkError = { name: "NotAcceptableException", shapeId: "smithy.framework#NotAcceptableException", status: 406 };
