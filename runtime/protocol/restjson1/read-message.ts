/**
 * The parts a request and an answer share, read into document members: headers (lists split,
 * `@httpPrefixHeaders` by prefix) and the body (the payload as its kind says, or the JSON object of
 * the body members under their JSON names). What cannot be read throws {@link MalformedPart}.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html
 */
import type { ArbitraryPlan } from "../../data/plan.ts";
import type { BoundMember, MessageBindings } from "../../contract.ts";
import { defineOwn } from "../../validation/pointer.ts";
import { encodeBase64 } from "../base64.ts";
import { splitHeaderList } from "./header-lists.ts";
import { jsonToDocument, MalformedJson, memberPlanOf, type JsonContext } from "./json-values.ts";
import { MalformedText, textToDocument, type TextSite } from "./text-values.ts";

/** A part of a message that cannot be read (the message is malformed). */
export class MalformedPart extends Error {
  override readonly name = "MalformedPart";
}

/** The text site of a bound member at `location`. */
export function siteOf(b: BoundMember, location: TextSite["location"]): TextSite {
  return { location, ...(b.timestampFormat !== undefined && { timestampFormat: b.timestampFormat }), ...(b.mediaType !== undefined && { mediaType: b.mediaType }) };
}

/** The document value of text bound to `b` (an item's, for a list), or {@link MalformedPart} naming `where`. */
export function textMember(text: string, b: BoundMember, site: TextSite, where: string): unknown {
  try {
    return textToDocument(text, b.kind === "list" ? b.item! : b.kind, site);
  } catch (e) {
    if (e instanceof MalformedText) throw new MalformedPart(`${where}: ${e.message}`);
    throw e;
  }
}

/**
 * The members bound to headers and prefix headers. `valueOf` gives a header's value by name
 * (undefined when absent); `all` every header, names in lower case.
 */
export function readHeaderMembers(bindings: MessageBindings, valueOf: (name: string) => string | undefined, all: Iterable<readonly [string, string]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const b of bindings.headers ?? []) {
    const raw = valueOf(b.name);
    if (raw === undefined) continue;
    const site = siteOf(b, "header");
    if (b.kind !== "list") {
      defineOwn(out, b.member, textMember(raw, b, site, `header ${b.name}`));
      continue;
    }
    const items = splitHeaderList(raw, { httpDates: b.item === "timestamp" && (b.timestampFormat ?? "http-date") === "http-date" });
    if (items === undefined) throw new MalformedPart(`header ${b.name}: ${JSON.stringify(raw)} is not a list`);
    defineOwn(out, b.member, items.map((item) => textMember(item, b, site, `header ${b.name}`)));
  }
  const prefix = bindings.prefixHeaders;
  if (prefix !== undefined) {
    const lower = prefix.name.toLowerCase();
    const map: Record<string, unknown> = {};
    for (const [name, value] of all) if (name.startsWith(lower)) defineOwn(map, name.slice(lower.length), value);
    if (Object.keys(map).length > 0) defineOwn(out, prefix.member, map);
  }
  return out;
}

/**
 * The members in the body: the payload member (unset by an empty body), or the body members of a
 * JSON object (`readJson` false: the message has no body to read). `plan`: the message structure's.
 */
export function readBodyMembers(bindings: MessageBindings, bytes: Uint8Array, text: string, readJson: boolean, plan: ArbitraryPlan | undefined, ctx: JsonContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const payload = bindings.payload;
  if (payload !== undefined) {
    if (bytes.length === 0) return out;
    switch (payload.kind) {
      case "blob":
        defineOwn(out, payload.member, encodeBase64(bytes));
        break;
      case "string":
      case "enum":
        defineOwn(out, payload.member, text);
        break;
      default: {
        const json = parseJson(text);
        // A structure payload of `{}` is what a client sends for an unset one: it reads as unset
        // (compliance `RestJsonHttpWithEmptyStructurePayload`, `RestJsonHttpWithHeadersButNoPayload`).
        if (payload.kind === "structure" && typeof json === "object" && json !== null && !Array.isArray(json) && Object.keys(json).length === 0) break;
        defineOwn(out, payload.member, jsonMember(json, memberPlanOf(plan, payload.member, ctx), ctx, ""));
      }
    }
    return out;
  }
  if (!readJson || text.trim() === "") return out;
  const json = parseJson(text);
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new MalformedPart("the body must be a JSON object");
  const byName = new Map((bindings.body ?? []).map((m) => [m.name, m]));
  for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
    const b = byName.get(key);
    // Unknown members are ignored; null members are absent.
    if (b === undefined || value === null) continue;
    defineOwn(out, b.member, jsonMember(value, memberPlanOf(plan, b.member, ctx), ctx, `/${key}`));
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new MalformedPart("the body is not JSON");
  }
}

function jsonMember(json: unknown, plan: ArbitraryPlan | undefined, ctx: JsonContext, at: string): unknown {
  try {
    return jsonToDocument(json, plan, ctx, at);
  } catch (e) {
    if (e instanceof MalformedJson) throw new MalformedPart(e.message);
    throw e;
  }
}
