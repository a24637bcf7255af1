/**
 * Patterns that backtrack catastrophically (issue 12): the fixture's HostileJson service
 * (tests/fixtures/hostile/hostile.smithy, `Crafted`) has members whose `@pattern`s take a
 * backtracking engine exponential or cubic time on a crafted value. Each crafted value is answered
 * — refused with the exact ValidationException AWS writes, or accepted where it matches — through
 * msw, the in-process transport and `serve`, within the table's loose hang bound (seconds), because
 * validation compiles those patterns with the bounded engine (runtime/validation/regexp/).
 *
 * Without it (the native engine, after folding `(a+)+`), on this machine: `^(a|aa)+$`,
 * `^(\w+\s?)+$` and `(a|a)*b` on 30 `a`s and a `!` did not finish in 30 s; the ARN pattern on 3,000
 * colons and two line breaks took 67 s.
 */
import { buildMockData } from "../../codegen/contract/mock-data.ts";
import { loadClosure } from "../../codegen/load-closure.ts";
import { HOSTILE_JSON, FIXTURE, jsonThingHeaders } from "./support/subjects.ts";
import { answered, hostileTable, refused, type Row } from "./support/table.ts";

const { contract } = buildMockData(loadClosure({ model: FIXTURE, service: "HostileJson" }).closure);

const put = (member: string, value: string): Row["request"] => ({ headers: jsonThingHeaders, body: JSON.stringify({ thingId: "t1", crafted: { [member]: value } }) });
const mismatch = (member: string, value: string, pattern: string) =>
  refused(400, "ValidationException", `1 validation error detected: Value '${value}' at 'crafted.${member}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`);

const A30 = "a".repeat(30);
const CASES: readonly { member: string; pattern: string; crafted: string; matching: string }[] = [
  { member: "nestedPlus", pattern: "^(a+)+$", crafted: `${A30}!`, matching: A30 },
  { member: "alternation", pattern: "^(a|aa)+$", crafted: `${A30}!`, matching: A30 },
  { member: "words", pattern: "^(\\w+\\s?)+$", crafted: `${A30}!`, matching: "aaa bbb ccc" },
  { member: "repeated", pattern: "(.*a){12}", crafted: `${"a".repeat(11)}${"!".repeat(20_000)}`, matching: `${A30}!` },
  { member: "colons", pattern: "^arn:([a-z\\d-]+):personalize:.*:.*:.+$", crafted: `arn:aws:personalize${":".repeat(3000)}\n\n`, matching: `arn:aws:personalize${":".repeat(3000)}x` },
];

const rows: Row[] = CASES.flatMap(({ member, pattern, crafted, matching }): Row[] => [
  { name: `${member} ${pattern}: the crafted value (${crafted.length} characters) refused`, request: put(member, crafted), expect: mismatch(member, crafted, pattern) },
  { name: `${member} ${pattern}: a long matching value accepted`, request: put(member, matching), expect: answered("PutThing") },
]);

hostileTable("backtracking.test.ts", [{ on: { label: "HostileJson (awsJson1_1)", subject: HOSTILE_JSON, contract }, rows }]);
