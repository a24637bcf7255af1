/**
 * The naming rules: which kind of string a member or shape name asks for, decided on its words
 * (words.ts). The README's "Realistic data" section lists them; keep the two in step.
 */
import { nameWords } from "./words.ts";

export type StringRule =
  | "arn"
  | "email"
  | "account"
  | "id"
  | "url"
  | "token"
  | "version"
  | "region"
  | "status"
  | "name"
  | "description"
  | "message"
  | "s3"
  | "json"
  | "ip"
  | "cidr"
  | "phone"
  | "duration"
  | "schedule";

const MESSAGE_WORDS = new Set(["message", "reason", "comment", "comments", "explanation", "note", "notes"]);
const URL_WORDS = new Set(["url", "uri", "endpoint", "href", "urls", "uris"]);
const S3_WORDS = new Set(["s3", "object", "file", "bucket"]);

/**
 * The rule `name` asks for, from its words (the last word mostly decides), or undefined when no
 * rule applies (then the string is one or two plain words).
 *
 * @example stringRule("datasetImportJobArn") // "arn"
 * @example stringRule("AccountId") // "account"
 * @example stringRule("jobName") // "name"
 */
export function stringRule(name: string): StringRule | undefined {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  if (last === "arn" || last === "arns") return "arn";
  if (words.includes("cidr")) return "cidr";
  if (words.includes("ip") || words.includes("ipv4") || (last === "addr" && !words.includes("email"))) return "ip";
  if (words.includes("phone")) return "phone";
  if (words.includes("email")) return "email";
  if (words.includes("account") && (last === "account" || last === "id" || last === "ids" || last === "number")) return "account";
  if (last === "id" || last === "ids" || last === "identifier") return "id";
  if (URL_WORDS.has(last)) return "url";
  if (last === "token" || last === "tokens") return "token";
  if (last === "version") return "version";
  if (last === "region") return "region";
  if (last === "status" || last === "state") return "status";
  if (last === "name" || last === "names" || last === "alias") return "name";
  if (last === "description") return "description";
  if (MESSAGE_WORDS.has(last)) return "message";
  if (last === "path" || last === "location" || ((last === "key" || last === "prefix") && words.some((w) => S3_WORDS.has(w)))) return "s3";
  if (last === "policy" || last === "json") return "json";
  if (last === "expression" && words.some((w) => w === "schedule" || w === "scheduling" || w === "cron" || w === "rate")) return "schedule";
  if (last === "duration" || last === "period" || last === "interval" || last === "retention") return "duration";
  return undefined;
}
