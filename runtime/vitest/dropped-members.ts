/**
 * The members of a recorded JSON body that a protocol's lenient reading drops — unknown members
 * at any depth and `null` structure members, which a service ignores — found by comparing the
 * recorded body with the body the protocol writes back for the document it read, key by key. A
 * strict check (the message matchers, `validate` of HAR files) reports them as an awsJson body's
 * unknown members are reported, without knowing how the protocol lays out a body (`@jsonName`s,
 * payloads).
 *
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html#shape-serialization
 */
import { ERROR_TYPE_FIELD } from "../protocol/awsjson.ts";
import { formatPointer } from "../validation/pointer.ts";
import { formatValue, type Violation } from "../validation/violations.ts";

/** The body members that name an error (`__type`; restJson1's `code`): the protocol's, not the error's members. */
export const ERROR_NAME_MEMBERS: ReadonlySet<string> = new Set([ERROR_TYPE_FIELD, "code"]);

/**
 * The violations of the members of `recorded` missing from `written`; none when either is not a
 * JSON body. `skip`: top-level keys that are the protocol's own (an error body's `__type`).
 *
 * @example droppedMembers('{"a":1,"b":null,"c":2}', '{"a":1}') // [/b is null…, /c unknown member "c"]
 */
export function droppedMembers(recorded: string | Uint8Array | null | undefined, written: string | Uint8Array | null | undefined, skip: ReadonlySet<string> = new Set()): Violation[] {
  const raw = parseJson(recorded);
  const back = parseJson(written);
  if (raw === undefined || back === undefined) return [];
  const out: Violation[] = [];
  const walk = (value: unknown, kept: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value) && Array.isArray(kept)) {
      value.forEach((item, i) => walk(item, kept[i], [...path, i]));
      return;
    }
    if (!isRecord(value) || !isRecord(kept)) return;
    for (const [key, member] of Object.entries(value)) {
      const at = [...path, key];
      if (Object.hasOwn(kept, key)) walk(member, kept[key], at);
      else if (path.length === 0 && skip.has(key)) continue;
      else if (member === null) out.push({ pointer: formatPointer(at), memberPath: "", keyword: "type", message: "is null: a member that is not set is left out of the body", value: "null" });
      else {
        const shown = formatValue(member);
        out.push({ pointer: formatPointer(at), memberPath: "", keyword: "additionalProperties", message: `unknown member ${JSON.stringify(key)}`, ...(shown !== undefined && { value: shown }) });
      }
    }
  };
  walk(raw, back, []);
  return out;
}

function parseJson(body: string | Uint8Array | null | undefined): unknown {
  if (body === null || body === undefined) return undefined;
  const text = typeof body === "string" ? body : new TextDecoder().decode(body);
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
