/**
 * Checks of a mock's options when it is made, so that a mistake fails the test at the line that
 * made the mock rather than at some later request.
 */
import type { ServiceContract } from "../contract.ts";
import { customEndpointSource, type EndpointOption } from "./endpoint.ts";
import type { MockOptions } from "./types.ts";

/** The custom endpoints of the options, as a list. */
export function endpointsOf(options: MockOptions): readonly EndpointOption[] {
  const { endpoint } = options;
  if (endpoint === undefined) return [];
  return typeof endpoint === "string" || endpoint instanceof RegExp ? [endpoint] : endpoint;
}

/** Rejects options that could only fail later, with a message naming the option. */
export function checkOptions(contract: ServiceContract, options: MockOptions): void {
  if (options.seed !== undefined && !Number.isFinite(options.seed)) throw new TypeError(`seed must be a finite number, not ${String(options.seed)}`);
  endpointsOf(options).forEach(customEndpointSource); // throws on a malformed URL
  const latency = options.latency;
  if (latency !== undefined) {
    const [min, max] = typeof latency === "number" ? [latency, latency] : latency;
    if (!(min >= 0 && max >= min)) throw new TypeError(`latency must be a number of milliseconds >= 0 or a range [min, max] with 0 <= min <= max, not ${JSON.stringify(latency)}`);
  }
  const name = options.validationError;
  if (name !== undefined && !Object.values(contract.operations).some((op) => Object.prototype.hasOwnProperty.call(op.errors, name))) {
    throw new TypeError(`validationError: no operation of ${contract.serviceName} models the error ${name}`);
  }
  if (options.data !== undefined && options.data !== "realistic" && options.data !== "exhaustive") throw new TypeError(`data must be "realistic" or "exhaustive", not ${JSON.stringify(options.data)}`);
  if (options.state !== undefined && options.state !== "open" && options.state !== "closed") throw new TypeError(`state must be "open" or "closed", not ${JSON.stringify(options.state)}`);
  const now = options.now;
  if (now !== undefined && typeof now !== "function" && !Number.isFinite(now instanceof Date ? now.getTime() : now)) throw new TypeError(`now must be a time in milliseconds, a valid Date or a function, not ${String(now)}`);
  if (options.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(options.region)) throw new TypeError(`region must be an AWS region such as "eu-west-1", not ${JSON.stringify(options.region)}`);
  if (options.account !== undefined && !/^\d{12}$/.test(options.account)) throw new TypeError(`account must be 12 digits, not ${JSON.stringify(options.account)}`);
  if (options.lifecycle !== false && options.lifecycle !== undefined) {
    for (const spec of options.lifecycle.specs ?? []) {
      if (!Object.prototype.hasOwnProperty.call(contract.operations, spec.operation)) throw new TypeError(`lifecycle.specs: ${contract.serviceName} has no operation ${spec.operation}`);
    }
  }
}
