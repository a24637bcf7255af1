/**
 * Test support: random Smithy models written out as IDL, for the differential test against Smithy's
 * reference loader. A model is drawn as plain choices (kinds, counts, indexes into the shapes drawn
 * so far) and `writeModel` turns the choices into valid IDL files: every shape kind, mixins (with
 * inherited members redefined and traits applied to them), `$member` elision, resources with `for`
 * structures, services, operations with inline `:=` input and output, enums and intEnums with values,
 * `apply` (single and block) across files, traits with every node type, documentation comments,
 * defaults, `use`, relative and absolute ids, forward references, and IDL 1.0 files (sets, `@box`).
 */
import * as fc from "fast-check";
import { docLine, nodeGen, quote, writeNode, type NodeGen } from "./node-writer.ts";

const SIMPLE = ["blob", "boolean", "string", "byte", "short", "integer", "long", "float", "double", "bigInteger", "bigDecimal", "timestamp", "document"] as const;
const KINDS = [...SIMPLE, "enum", "intEnum", "list", "map", "structure", "union", "operation", "service", "resource"] as const;
type Kind = (typeof KINDS)[number] | "set";

const traitGen = fc.record({ which: fc.nat(), value: nodeGen, form: fc.nat(3) });
type TraitGen = { which: number; value: NodeGen; form: number };
const memberGen = fc.record({
  name: fc.nat(),
  target: fc.nat(),
  traits: fc.array(traitGen, { maxLength: 2 }),
  doc: fc.option(fc.array(docLine, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  value: fc.option(nodeGen, { nil: undefined, freq: 3 }),
  elide: fc.boolean(),
});
type MemberGen = typeof memberGen extends fc.Arbitrary<infer T> ? T : never;
const kindGen: fc.Arbitrary<(typeof KINDS)[number]> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SIMPLE) },
  { weight: 6, arbitrary: fc.constant("structure" as const) },
  { weight: 3, arbitrary: fc.constant("operation" as const) },
  { weight: 2, arbitrary: fc.constantFrom("list" as const, "resource" as const) },
  { weight: 2, arbitrary: fc.constantFrom("union" as const, "map" as const, "enum" as const, "intEnum" as const, "service" as const) },
);
const shapeGen = fc.record({
  kind: kindGen,
  name: fc.nat(),
  file: fc.nat(3),
  mixin: fc.nat(3),
  mixins: fc.array(fc.nat(), { maxLength: 2 }),
  traits: fc.array(traitGen, { maxLength: 3 }),
  doc: fc.option(fc.array(docLine, { minLength: 1, maxLength: 3 }), { nil: undefined }),
  members: fc.array(memberGen, { maxLength: 4 }),
  refs: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  flags: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
});
type ShapeGen = typeof shapeGen extends fc.Arbitrary<infer T> ? T : never;

export interface ModelGen {
  readonly v1: boolean;
  readonly twoFiles: boolean;
  readonly suffixes: boolean;
  readonly commas: boolean;
  readonly shapes: readonly ShapeGen[];
  readonly applies: readonly { target: number; member: boolean; traits: TraitGen[]; block: boolean }[];
  readonly metadata: readonly (readonly [string, NodeGen])[];
}

export const modelGen: fc.Arbitrary<ModelGen> = fc.record({
  v1: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 3, arbitrary: fc.constant(false) }),
  twoFiles: fc.boolean(),
  suffixes: fc.boolean(),
  commas: fc.boolean(),
  shapes: fc.array(shapeGen, { minLength: 1, maxLength: 12 }),
  applies: fc.array(fc.record({ target: fc.nat(), member: fc.boolean(), traits: fc.array(traitGen, { minLength: 1, maxLength: 2 }), block: fc.boolean() }), { maxLength: 3 }),
  metadata: fc.uniqueArray(fc.tuple(fc.constantFrom("m1", "m2", "list", "Key_2"), nodeGen), { maxLength: 2, selector: ([k]) => k }),
});

const NAME_STYLES = ["A", "a", "B", "b", "Zed", "zed", "_x", "Shape"];
const MEMBER_NAMES = ["a", "b", "A", "member_1", "_m", "Zed", "id", "key"];
const PRELUDE_TARGETS = ["String", "Integer", "smithy.api#Boolean", "PrimitiveInteger", "Timestamp", "Blob", "Document", "smithy.api#Long"];
const NS = ["ex.main", "Ex.Other"] as const;

interface Planned {
  readonly gen: ShapeGen;
  readonly kind: Kind;
  readonly name: string;
  readonly file: 0 | 1;
  readonly isMixin: boolean;
  /** Member names and absolute targets, inherited ones included (for elision and applies). */
  members: [string, string][];
}

/** Writes the model as IDL files. */
export function writeModel(m: ModelGen): { path: string; text: string }[] {
  const v1 = m.v1;
  const files = m.twoFiles ? 2 : 1;
  const planned: Planned[] = m.shapes.map((gen, i) => {
    let kind: Kind = gen.kind;
    if (v1 && (kind === "enum" || kind === "intEnum")) kind = "string";
    if (v1 && kind === "list" && gen.flags[7]) kind = "set";
    const mixable = !v1 && kind !== "service" && kind !== "resource";
    return { gen, kind, name: `${NAME_STYLES[gen.name % NAME_STYLES.length]}${i}`, file: (files === 2 && gen.file === 0 ? 1 : 0) as 0 | 1, isMixin: mixable && gen.mixin === 0, members: [] };
  });
  const id = (p: Planned) => `${NS[p.file]}#${p.name}`;
  const usedTraits = new Map<string, Set<string>>();
  const out: string[][] = [[], []];
  const uses = new Set<string>();

  /** How file `from` names shape `p`: relative in its own file, via `use` or absolutely otherwise. */
  const ref = (p: Planned, from: 0 | 1, salt: number): string => {
    if (p.file === from) return salt % 3 === 0 ? id(p) : p.name;
    if (from === 0 && salt % 2 === 0) {
      uses.add(id(p));
      return p.name;
    }
    return id(p);
  };
  const data = planned.filter((p) => !["operation", "service", "resource"].includes(p.kind) && !p.isMixin);
  const target = (n: number, from: 0 | 1): string => {
    const all = data.length + PRELUDE_TARGETS.length;
    const k = n % all;
    return k < data.length ? ref(data[k]!, from, n) : PRELUDE_TARGETS[k - data.length]!;
  };
  const valueIds = (from: 0 | 1) => [...planned.map((p) => (p.file === from ? p.name : id(p))), "String", "smithy.api#Integer"];

  const traitText = (t: TraitGen, targetId: string, from: 0 | 1, onMember: boolean, hasDoc: boolean): string | undefined => {
    const value = (n: NodeGen) => writeNode(n, valueIds(from));
    const str = (n: NodeGen) => quote(n.k === "string" ? n.value : JSON.stringify(n));
    // The custom trait definitions live in the first file; the second names them absolutely.
    const my = from === 0 ? "my" : `${NS[0]}#my`;
    const menu: [string, () => string][] = [
      ["custom", () => [`@t${t.which % 4}`, `@t${t.which % 4}()`, `@t${t.which % 4}(${value(t.value)})`, `@t${t.which % 4}(k: ${value(t.value)}, "second key": 1)`][t.form]!],
      ["myList", () => (t.form % 2 ? `@${my}List` : `@${my}List([${value(t.value)}])`)],
      ["myStruct", () => (t.form % 2 ? `@${my}Struct` : `@${my}Struct(${value(t.value)})`)],
      ["myBool", () => `@${my}Bool`],
      ["smithy.api#tags", () => `@tags([${str(t.value)}, "t"])`],
      ["smithy.api#since", () => `@since(${str(t.value)})`],
      ["smithy.api#deprecated", () => (t.form % 2 ? "@deprecated" : `@deprecated(message: ${str(t.value)}, since: "1")`)],
      ["smithy.api#externalDocumentation", () => `@externalDocumentation(${str(t.value)}: "https://example.com")`],
      ["smithy.api#documentation", () => `@documentation(${t.value.k === "textBlock" ? value(t.value) : str(t.value)})`],
      ["smithy.api#sensitive", () => "@smithy.api#sensitive"],
      [onMember ? "smithy.api#required" : "smithy.api#unstable", () => (onMember ? "@required" : "@unstable")],
    ];
    const [traitId, write] = menu[t.which % menu.length]!;
    const key = traitId.startsWith("smithy") || traitId.startsWith("my") ? traitId : `t${t.which % 4}`;
    const used = traitsOn(targetId);
    if (key === "smithy.api#documentation" && (hasDoc || used.has(key))) return undefined;
    // A trait applied twice must agree or be a list (lists are concatenated); the others stay unique.
    if (used.has(key) && key !== "smithy.api#tags" && key !== "myList") return undefined;
    used.add(key);
    return write();
  };
  function traitsOn(targetId: string): Set<string> {
    let used = usedTraits.get(targetId);
    if (!used) usedTraits.set(targetId, (used = new Set()));
    return used;
  }
  const docs = (lines: readonly string[] | undefined, indent: string) => (lines ? lines.map((l, i) => `${indent}///${i % 2 ? "" : " "}${l}\n`).join("") : "");
  const sep = m.commas ? "," : "";

  for (const p of planned) {
    const g = p.gen;
    const from = p.file;
    const myId = id(p);
    const lines: string[] = [];
    lines.push(docs(g.doc, ""));
    if (g.doc) traitsOn(myId).add("smithy.api#documentation");
    const traits = g.traits.map((t) => traitText(t, myId, from, false, g.doc !== undefined)).filter((x): x is string => x !== undefined);
    if (p.isMixin) traits.push("@mixin");
    if (v1 && g.flags[6] && ["integer", "boolean", "long"].includes(p.kind)) traits.push("@box");
    if (traits.length) lines.push(`${traits.join(g.flags[0] ? "\n" : " ")}\n`);
    const eligible = planned.slice(0, planned.indexOf(p)).filter((q) => q.isMixin && q.kind === p.kind);
    // Mixins that give one member two targets conflict (an error in Smithy too): keep the first.
    const mixins: Planned[] = [];
    for (const q of eligible.length ? new Set(g.mixins.map((n) => eligible[n % eligible.length]!)) : []) {
      const taken = new Map(mixins.flatMap((x) => x.members));
      if (q.members.every(([n, t]) => !taken.has(n) || taken.get(n) === t)) mixins.push(q);
    }
    const withClause = mixins.length && !v1 ? ` with [${mixins.map((q, k) => ref(q, from, k)).join(g.flags[1] ? ", " : " ")}]` : "";
    const inherited = new Map<string, string>();
    for (const q of withClause ? mixins : []) for (const [n, t] of q.members) inherited.set(n, t);
    p.members = [...inherited];
    const memberLines = (names: readonly string[] | undefined, enumKind?: "enum" | "intEnum"): string => {
      const seen = new Set<string>();
      const body: string[] = [];
      g.members.forEach((mg: MemberGen, i) => {
        const name = names ? names[i] : MEMBER_NAMES[mg.name % MEMBER_NAMES.length]!;
        if (name === undefined || seen.has(name)) return;
        seen.add(name);
        const memberId = `${myId}$${name}`;
        if (mg.doc) traitsOn(memberId).add("smithy.api#documentation");
        const mTraits = mg.traits.map((t) => traitText(t, memberId, from, !enumKind, mg.doc !== undefined)).filter((x): x is string => x !== undefined);
        const doc = docs(mg.doc, "    ");
        const pre = mTraits.length ? `    ${mTraits.join(" ")}\n` : "";
        if (enumKind) {
          p.members.push([name, "smithy.api#Unit"]);
          const assigned = enumKind === "intEnum" ? ` = ${i + 1}` : mg.value && mg.elide ? ` = ${quote(`v${i}`)}` : "";
          body.push(`${doc}${pre}    ${name}${assigned}\n`);
          return;
        }
        const inheritedTarget = inherited.get(name);
        const t = inheritedTarget ?? target(mg.target, from);
        const elide = !v1 && inheritedTarget !== undefined && mg.elide;
        const assign = !v1 && mg.value && p.kind === "structure" && !names ? ` = ${writeNode(mg.value, valueIds(from))}\n` : "";
        body.push(`${doc}${pre}    ${elide ? `$${name}` : `${name}: ${t}`}${assign ? assign : `${sep}\n`}`);
        if (!inheritedTarget) p.members.push([name, t.includes("#") ? t : resolveRel(t, from)]);
      });
      return body.join("");
    };
    const resolveRel = (t: string, f: 0 | 1): string => {
      const local = planned.find((q) => q.name === t);
      if (local) return id(local);
      return `smithy.api#${t}`;
    };
    const head = `${p.kind} ${p.name}`;
    switch (p.kind) {
      case "list":
      case "set":
        lines.push(`${head}${withClause} {\n${inherited.has("member") ? (g.flags[2] ? "    @sensitive\n    $member\n" : "") : `    member: ${target(g.refs[0]!, from)}\n`}}\n`);
        if (!inherited.has("member")) p.members.push(["member", "?"]);
        break;
      case "map":
        lines.push(`${head}${withClause} {\n${inherited.has("key") ? "" : `    key: String${sep}\n`}${inherited.has("value") ? (g.flags[2] ? "    @deprecated\n    $value\n" : "") : `    value: ${target(g.refs[1]!, from)}\n`}}\n`);
        if (!inherited.has("key")) p.members.push(["key", "?"], ["value", "?"]);
        break;
      case "structure":
      case "union": {
        const resources = planned.filter((q) => q.kind === "resource" && q.file === from);
        const bound = p.kind === "structure" && !v1 && !p.isMixin && g.flags[3] && resources.length ? resources[g.refs[2]! % resources.length] : undefined;
        const body = memberLines(undefined) + (bound ? "    $rid\n" : "");
        lines.push(`${head}${bound ? ` for ${bound.name}` : ""}${withClause} {\n${body}}\n`);
        if (bound) p.members.push(["rid", `${NS[from]}#RidString`]);
        break;
      }
      case "enum":
      case "intEnum":
        lines.push(`${head}${withClause} {\n${memberLines(["ONE", "TWO", "three", "_Four"], p.kind) || (p.kind === "intEnum" ? "    ONE = 1\n" : "    ONE\n")}}\n`);
        break;
      case "operation": {
        const io = (key: "input" | "output", n: number) => {
          if (v1 || g.flags[4 + (key === "input" ? 0 : 1)] === false || p.isMixin) return n % 3 === 0 || p.isMixin ? "" : `    ${key}: ${target(n, from)}\n`;
          return `    ${key} :=${g.flags[2] ? " @sensitive" : ""}\n        {\n            x: String\n        }\n`;
        };
        const errors = data.filter((q) => q.kind === "structure" && q.file === from).slice(0, 2);
        lines.push(`${head}${withClause} {\n${io("input", g.refs[3]!)}${io("output", g.refs[4]!)}${errors.length && g.flags[5] ? `    errors: [${errors.map((q) => q.name).join(", ")}]\n` : ""}}\n`);
        break;
      }
      case "service": {
        const ops = planned.filter((q) => q.kind === "operation" && !q.isMixin);
        const res = planned.filter((q) => q.kind === "resource");
        const pick = <T>(xs: T[], n: number) => xs.filter((_, j) => (n >> j) & 1);
        const parts = [
          g.flags[0] ? `version: ${quote("2024-01-01")}` : "",
          `operations: [${pick(ops, g.refs[5]!).map((q, k) => ref(q, from, k)).join(", ")}]`,
          res.length ? `resources: [${pick(res, g.refs[6]!).map((q, k) => ref(q, from, k + 1)).join(", ")}]` : "",
          g.flags[1] && data.length ? `rename: { ${quote(id(data[0]!))}: "Renamed" }` : "",
        ].filter(Boolean);
        lines.push(`${head} {\n    ${parts.join(m.commas ? ",\n    " : "\n    ")}\n}\n`);
        break;
      }
      case "resource": {
        const ops = planned.filter((q) => q.kind === "operation" && !q.isMixin);
        const op = (n: number) => ref(ops[n % ops.length]!, from, n);
        const parts = [
          `identifiers: { rid: RidString }`,
          !v1 && g.flags[0] ? `properties: { prop: ${target(g.refs[0]!, from)} }` : "",
          ops.length && g.flags[1] ? `read: ${op(g.refs[1]!)}` : "",
          ops.length && g.flags[2] ? `operations: [${op(g.refs[2]!)}]` : "",
          ops.length && g.flags[3] ? `collectionOperations: [${op(g.refs[3]!)}, ${op(g.refs[4]!)}]` : "",
        ].filter(Boolean);
        lines.push(`${head} {\n    ${parts.join("\n    ")}\n}\n`);
        break;
      }
      default:
        lines.push(`${head}${withClause}\n`);
    }
    out[from]!.push(lines.join(""));
  }

  // Applies, to shapes and members of either file, from the first file.
  for (const a of m.applies) {
    const p = planned[a.target % planned.length]!;
    const member = a.member && p.members.length ? p.members[a.target % p.members.length]![0] : undefined;
    const targetId = member ? `${id(p)}$${member}` : id(p);
    const written = member ? `${ref(p, 0, 1)}$${member}` : ref(p, 0, 1);
    const traits = a.traits.map((t) => traitText(t, targetId, 0, member !== undefined && p.kind !== "enum" && p.kind !== "intEnum", false)).filter((x): x is string => x !== undefined);
    if (!traits.length) continue;
    out[0]!.push(a.block ? `apply ${written} {\n    ${traits.join("\n    ")}\n}\n` : `apply ${written} ${traits[0]}\n`);
  }

  const header = (f: 0 | 1) =>
    `${v1 ? "" : '$version: "2"\n'}${m.suffixes && !v1 ? '$operationInputSuffix: "Req"\n$operationOutputSuffix: "Res"\n' : ""}${f === 0 ? m.metadata.map(([k, v]) => `metadata ${k} = ${writeNode(v, ["String"])}\n`).join("") : ""}namespace ${NS[f]}\n`;
  const prelude0 = [
    ...[...uses].map((u) => `use ${u}\n`),
    "@trait list myList { member: String }\n",
    "@trait structure myStruct {}\n",
    "@trait boolean myBool\n",
    "string RidString\n",
  ].join("");
  const texts = [header(0) + prelude0 + out[0]!.join("\n"), header(1) + "string RidString\n" + out[1]!.join("\n")];
  return texts.slice(0, files).map((text, i) => ({ path: `model${i}.smithy`, text }));
}
