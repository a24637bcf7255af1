/**
 * The protocols the runtime speaks, by name: what the mock, `serve`, `validate` and the matchers
 * ask for a contract's protocol (see protocol.ts).
 */
import type { ProtocolName, ServiceContract } from "../contract.ts";
import { awsJsonProtocol } from "./awsjson-protocol.ts";
import type { Protocol } from "./protocol.ts";
import { restJson1Protocol } from "./restjson1/protocol.ts";

export type { CarriedMessage, Protocol, RequestRead, ResponseRead, Route, RouteSite } from "./protocol.ts";

const PROTOCOLS: Record<ProtocolName, Protocol> = {
  awsJson1_0: awsJsonProtocol("awsJson1_0"),
  awsJson1_1: awsJsonProtocol("awsJson1_1"),
  restJson1: restJson1Protocol,
};

/**
 * The protocol of that name, for the generator (which has a model, not a contract yet). Throws a
 * TypeError naming the protocols there are for another name.
 *
 * @example protocolNamed("restJson1").bindsHttp // true
 */
export function protocolNamed(name: string): Protocol {
  const protocol = Object.prototype.hasOwnProperty.call(PROTOCOLS, name) ? PROTOCOLS[name as ProtocolName] : undefined;
  if (protocol === undefined) throw new TypeError(`protocol ${JSON.stringify(name)} is not one the runtime speaks (${Object.keys(PROTOCOLS).join(", ")})`);
  return protocol;
}

/**
 * The protocol of a contract. Throws a TypeError naming the protocols there are when the contract
 * names another (a contract made by a newer generator, or by hand).
 *
 * @example protocolOf(contract).route(request, contract, { ownEndpoint: false, path: "/" })
 */
export function protocolOf(contract: ServiceContract): Protocol {
  const protocol = Object.prototype.hasOwnProperty.call(PROTOCOLS, contract.protocol) ? PROTOCOLS[contract.protocol] : undefined;
  if (protocol === undefined) throw new TypeError(`${contract.serviceName}: protocol ${JSON.stringify(contract.protocol)} is not one the runtime speaks (${Object.keys(PROTOCOLS).join(", ")})`);
  return protocol;
}
