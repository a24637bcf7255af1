/**
 * Strings bound to HTTP headers (restJson1's `@httpHeader`) are drawn as a header carries them:
 * visible ASCII with inner spaces and tabs. Before, exhaustive values of such members were any
 * Unicode string, and about a third of Lambda's could not be sent at all: the real client threw
 * (`Invalid character in header content`) before any mock saw the request.
 */
import * as fc from "fast-check";
import * as dataexchangeSdk from "@aws-sdk/client-dataexchange";
import * as lambdaSdk from "@aws-sdk/client-lambda";
import { setupServer } from "msw/node";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { pairBuilder } from "../../../runtime/arbitraries/builder.ts";
import type { ServiceContract } from "../../../runtime/contract.ts";
import { exhaustiveArbitraries } from "../../../runtime/data/exhaustive.ts";
import type { ArbitraryPlan } from "../../../runtime/data/plan.ts";
import { loadRestJson1Service, type RestJson1Service } from "../../contract/restjson1/support/service.ts";
import { loadValidationContract } from "../../../codegen/validate/index.ts";
import { corpusModels, restJson1Models } from "../../support/corpus.ts";

const SEED = 20261130;
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
mkdirSync(join(ROOT, ".tmp"), { recursive: true });
/** A header's value: empty, or visible ASCII at both ends with spaces and tabs between. */
const HEADER_VALUE = /^(?:[\x21-\x7e](?:[\t\x20-\x7e]*[\x21-\x7e])?)?$/;
/** A header name (part): RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Every header-bound string member's plan in the contract's shapes, by `<shape key>.<member>`. */
function headerStringPlans(contract: ServiceContract): Map<string, ArbitraryPlan> {
  const out = new Map<string, ArbitraryPlan>();
  for (const op of Object.values(contract.operations)) {
    for (const side of ["input", "output"] as const) {
      const root = op.plans?.[side];
      const bindings = op.http?.[side];
      if (root?.method !== "tie" || bindings === undefined) continue;
      const structure = contract.shapes?.[root.key];
      if (structure?.method !== "structure") continue;
      for (const b of bindings.headers ?? []) {
        const member = structure.members.find((m) => m.name === b.member);
        const plan = member?.plan.method === "tie" ? contract.shapes?.[member.plan.key] : member?.plan;
        if (plan?.method === "string") out.set(`${root.key}.${b.member}`, plan);
      }
    }
  }
  return out;
}

describe("header-bound strings", () => {
  it("the pair builder's charset: \"header\" draws header values within @length, and filters a pattern's strings", () => {
    const b = pairBuilder();
    const plain = fc.sample(b.string({ minLength: 1, maxLength: 12, charset: "header" }, "test#H"), { seed: SEED, numRuns: 500 });
    expect(plain.filter((p) => !HEADER_VALUE.test(p.wire as string) || p.wire !== p.sdk)).toEqual([]);
    const lengths = plain.map((p) => (p.wire as string).length);
    expect([Math.min(...lengths), Math.max(...lengths) <= 12]).toEqual([1, true]);
    // Inner spaces and tabs are drawn too (the whole space a header carries), never at the ends.
    expect(plain.some((p) => /^.+[\t ].+$/.test(p.wire as string))).toBe(true);
    const patterned = fc.sample(b.string({ pattern: "^[a-zé ]+$", maxLength: 6, charset: "header" }, "test#P"), { seed: SEED, numRuns: 200 });
    expect(patterned.filter((p) => !HEADER_VALUE.test(p.wire as string) || !/^[a-zé ]+$/.test(p.wire as string))).toEqual([]);
    // A pattern whose strings a header cannot carry throws a clear error when drawn, never hangs.
    const draw = (pattern: string) => () => fc.sample(b.string({ pattern, maxLength: 6, charset: "header" }, "test#H"), { seed: SEED, numRuns: 20 });
    expect(draw("^ [a-z]+$")).toThrow("none of 16 matches drawn is a header value (no surrounding spaces or tabs)");
    expect(draw("^ [a-z]+$")).toThrow("test#H");
    expect(draw("^[é]+$")).toThrow("it matches no string of the characters allowed here (an HTTP header's)");
    // A prefix header's name part: token characters, never empty.
    const tokens = fc.sample(b.string({ charset: "token" }, "test#K"), { seed: SEED, numRuns: 300 }).map((p) => p.wire as string);
    expect(tokens.filter((t) => !TOKEN.test(t))).toEqual([]);
    // Without the charset, the same builder draws what a header cannot carry.
    expect(fc.sample(b.string({ maxLength: 12 }, "test#S"), { seed: SEED, numRuns: 200 }).some((p) => !HEADER_VALUE.test(p.wire as string))).toBe(true);
  });

  it("a list of strings in a header draws header values as its items, a prefix-header map token keys; an enum's values stay as the model says; a label and a required query list are never empty; awsJson ignores the bindings", () => {
    const dir = mkdtempSync(join(ROOT, ".tmp", "header-strings-"));
    try {
      const model = (protocol: string) => `$version: "2.0"
namespace ex
use aws.protocols#${protocol}
@${protocol}
service Svc { version: "1", operations: [Put] }
@http(method: "POST", uri: "/put/{id}")
operation Put {
  input := {
    @httpLabel @required id: String
    @httpHeader("X-Tags") tags: Tags
    @httpHeader("X-Name") @length(max: 5) name: String
    @httpHeader("X-Face") face: Face
    @httpPrefixHeaders("X-Meta-") meta: Meta
    @httpQuery("ids") @required ids: Tags
    body: String
  }
}
list Tags { member: String }
map Meta { key: String, value: String }
enum Face {
  SMILE = "😀"
}
`;
      const plansOf = (protocol: string) => {
        const file = join(dir, `${protocol}.smithy`);
        writeFileSync(file, model(protocol));
        const contract = loadValidationContract({ model: file }).contract;
        const input = contract.shapes![(contract.operations.Put!.plans!.input as { key: string }).key]!;
        return Object.fromEntries((input.method === "structure" ? input.members : []).map((m) => [m.name, m.plan]));
      };
      const rest = plansOf("restJson1");
      expect(rest.tags).toMatchObject({ method: "list", item: { method: "string", constraints: { charset: "header" } } });
      expect(rest.name).toMatchObject({ method: "string", constraints: { maxLength: 5, charset: "header" } });
      expect(rest.face).toEqual({ method: "tie", key: "Face" });
      // A label string is never empty (the SDK refuses one); nor a required query list (an empty one sends nothing).
      expect(rest.id).toEqual({ method: "string", constraints: { minLength: 1 }, where: "ex#PutInput$id" });
      expect(rest.ids).toMatchObject({ method: "list", constraints: { minLength: 1 } });
      expect(rest.meta).toMatchObject({ method: "map", key: { method: "string", constraints: { charset: "token" } }, value: { method: "string", constraints: { charset: "header" } } });
      expect(rest.body).toEqual({ method: "string", constraints: {}, where: "ex#PutInput$body" });
      const json = plansOf("awsJson1_1");
      expect([json.tags, json.name, json.meta, json.id, json.ids]).toEqual([{ method: "tie", key: "Tags" }, { method: "string", constraints: { maxLength: 5 }, where: "ex#PutInput$name" }, { method: "tie", key: "Meta" }, { method: "string", constraints: {}, where: "ex#PutInput$id" }, { method: "tie", key: "Tags" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("every restJson1 reference model: its header-bound strings' plans say so, and their exhaustive values are header values; awsJson models have none", () => {
    let members = 0;
    let prefixMaps = 0;
    for (const file of restJson1Models()) {
      const contract = loadValidationContract({ model: file }).contract;
      const plans = headerStringPlans(contract);
      for (const [where, plan] of plans) expect({ where, charset: plan.method === "string" ? plan.constraints.charset : undefined }).toEqual({ where, charset: "header" });
      members += plans.size;
      const exhaustive = exhaustiveArbitraries(contract);
      for (const [name, op] of Object.entries(contract.operations)) {
        for (const side of ["input", "output"] as const) {
          const bindings = op.http?.[side];
          const headers = bindings?.headers ?? [];
          const prefix = bindings?.prefixHeaders;
          if ((headers.length === 0 && prefix === undefined) || exhaustive.operations[name] === undefined) continue;
          for (const doc of fc.sample(exhaustive.operations[name]![side].wire, { seed: SEED, numRuns: 20 }) as Record<string, unknown>[]) {
            const bad: string[] = [];
            // Strings, and the strings of lists (an enum's values are the model's).
            for (const h of headers) {
              for (const v of Array.isArray(doc[h.member]) ? (doc[h.member] as unknown[]) : [doc[h.member]]) {
                if (typeof v === "string" && !HEADER_VALUE.test(v)) bad.push(`${name} ${side} ${h.member}=${JSON.stringify(v)}`);
              }
            }
            const map = prefix === undefined ? undefined : (doc[prefix.member] as Record<string, unknown> | undefined);
            for (const [k, v] of Object.entries(map ?? {})) {
              if (!TOKEN.test(k) || (typeof v === "string" && !HEADER_VALUE.test(v))) bad.push(`${name} ${side} ${prefix!.member}[${JSON.stringify(k)}]=${JSON.stringify(v)}`);
            }
            if (map !== undefined) prefixMaps += 1;
            expect(bad).toEqual([]);
          }
        }
      }
    }
    console.log(`header-bound strings: ${members} members of ${restJson1Models().length} restJson1 models drawn as header values; ${prefixMaps} prefix-header maps drawn, keys tokens and values header values`);
    expect([members > 0, prefixMaps > 0]).toEqual([true, true]);
    for (const file of corpusModels()) {
      const contract = loadValidationContract({ model: file }).contract;
      const charsets = Object.values(contract.shapes ?? {}).flatMap((p) => (p.method === "structure" ? p.members.map((m) => m.plan) : [p])).filter((p) => p.method === "string" && p.constraints.charset !== undefined);
      expect({ file, charsets: charsets.length }).toEqual({ file, charsets: 0 });
    }
  }, 120_000);

  describe("the real clients send every exhaustive input of operations with header-bound strings", () => {
    let lambda: RestJson1Service;
    beforeAll(() => {
      const loaded = loadRestJson1Service("lambda-2015-03-31.json", lambdaSdk);
      expect({ file: loaded?.file, serves: loaded?.operations.filter((o) => o === "Invoke" || o === "GetFunction") }, "the Lambda reference model").toEqual({ file: "lambda-2015-03-31.json", serves: ["GetFunction", "Invoke"] });
      lambda = loaded!;
    });

    it("Invoke (ClientContext and Qualifier, with its payload) and GetFunction: no request is refused by the client (its Node HTTP handler, answered by msw)", async () => {
      // Through Node's http, as an app sends: the in-process transport has no socket to refuse a header.
      const server = setupServer(...lambda.service.create({ data: "realistic" }).handlers);
      server.listen({ onUnhandledRequest: "error" });
      const client = new lambda.sdk.Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, maxAttempts: 1 });
      const exhaustive = exhaustiveArbitraries(lambda.contract);
      const refused: string[] = [];
      for (const operation of ["Invoke", "GetFunction"]) {
        for (const input of fc.sample(exhaustive.operations[operation]!.input.sdk, { seed: SEED, numRuns: 40 })) {
          try {
            await client.send(lambda.sdk.command(operation, input));
          } catch (e) {
            // A modeled error or a ValidationException is the mock's answer; a header error is the client's refusal.
            if (/header|ByteString|Invalid character/i.test(String((e as Error).message))) refused.push(`${operation}: ${(e as Error).message}`);
          }
        }
      }
      client.destroy();
      server.close();
      expect(refused).toEqual([]);
    });

    it("DataExchange SendApiAsset (an @httpPrefixHeaders map, headers and a payload): no request is refused by the client", async () => {
      const dataexchange = loadRestJson1Service("dataexchange-2017-07-25.json", dataexchangeSdk);
      expect({ file: dataexchange?.file, serves: dataexchange?.operations.includes("SendApiAsset") }, "the DataExchange reference model").toEqual({ file: "dataexchange-2017-07-25.json", serves: true });
      const server = setupServer(...dataexchange!.service.create({ data: "realistic" }).handlers);
      server.listen({ onUnhandledRequest: "error" });
      const client = new dataexchange!.sdk.Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, maxAttempts: 1 });
      const refused: string[] = [];
      for (const input of fc.sample(exhaustiveArbitraries(dataexchange!.contract).operations.SendApiAsset!.input.sdk, { seed: SEED, numRuns: 40 })) {
        try {
          await client.send(dataexchange!.sdk.command("SendApiAsset", input));
        } catch (e) {
          if (/header|ByteString|Invalid character/i.test(String((e as Error).message))) refused.push((e as Error).message);
        }
      }
      client.destroy();
      server.close();
      expect(refused).toEqual([]);
    });
  });
});
