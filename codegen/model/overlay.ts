/**
 * Overlays: what a model says only in prose, written down as data. Today that is a resource's
 * lifecycle (the states a `Describe…` call walks through). An overlay is checked against the shape
 * graph when it is read: every pointer must name a member that exists, on the right side (request
 * or response), with a type that can hold what the mock will put there.
 */
import type { LifecycleSpec } from "../../runtime/contract.ts";
import { readInput } from "../write.ts";
import { ModelError } from "./errors.ts";
import type { DataShape, Member, OperationShape, ServiceShape } from "./shapes.ts";
import { isObject } from "./traits.ts";

/** A lifecycle as the overlay file states it: the very data the mock runtime replays (runtime/contract.ts). */
export type LifecycleOverlay = LifecycleSpec;

export interface Overlay {
  readonly file: string;
  readonly lifecycles: readonly LifecycleOverlay[];
}

/** Reads and checks an overlay file against `service`. */
export function loadOverlayFile(file: string, service: ServiceShape): Overlay {
  let json: unknown;
  try {
    json = JSON.parse(readInput(file).toString("utf8"));
  } catch (e) {
    if (e instanceof SyntaxError) throw new ModelError(file, `not valid JSON: ${e.message}`);
    throw e;
  }
  return readOverlay(json, file, service);
}

export function readOverlay(json: unknown, file: string, service: ServiceShape): Overlay {
  const fail = (problem: string, ptr: string): never => {
    throw new ModelError(file, problem, undefined, ptr);
  };
  if (!isObject(json)) return fail("an overlay must be a JSON object", "");
  const known = new Set(["$comment", "lifecycles"]);
  for (const k of Object.keys(json)) if (!known.has(k)) fail(`unknown overlay field ${JSON.stringify(k)}`, `/${k}`);
  const raw = json.lifecycles ?? {};
  if (!isObject(raw)) return fail(`"lifecycles" must be an object keyed by operation name`, "/lifecycles");
  const lifecycles: LifecycleOverlay[] = [];
  for (const [opName, spec] of Object.entries(raw).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = `/lifecycles/${opName}`;
    const op = service.operations.find((o) => o.name === opName) ?? fail(`${service.id} has no operation ${JSON.stringify(opName)}`, at);
    if (!isObject(spec)) return fail("a lifecycle must be an object", at);
    const str = (k: string, required: boolean): string | undefined => {
      const v = spec[k];
      if (v === undefined && !required) return undefined;
      if (typeof v !== "string") return fail(`"${k}" must be a string`, `${at}/${k}`);
      return v;
    };
    const allowed = new Set(["idPointer", "responseIdPointer", "statePointer", "states", "failure", "updatedPointers", "createdPointers"]);
    for (const k of Object.keys(spec)) if (!allowed.has(k)) fail(`unknown lifecycle field ${JSON.stringify(k)}`, `${at}/${k}`);
    const idPointer = str("idPointer", true)!;
    memberAt(op, "input", idPointer, ["string"], (p) => fail(p, `${at}/idPointer`));
    const statePointer = str("statePointer", true)!;
    const stateMember = memberAt(op, "output", statePointer, ["string", "enum"], (p) => fail(p, `${at}/statePointer`));
    const responseIdPointer = str("responseIdPointer", false);
    if (responseIdPointer !== undefined) memberAt(op, "output", responseIdPointer, ["string"], (p) => fail(p, `${at}/responseIdPointer`));
    const states = spec.states;
    if (!Array.isArray(states) || states.length === 0 || !states.every((s) => typeof s === "string")) {
      return fail(`"states" must be a non-empty array of strings`, `${at}/states`);
    }
    const checkState = (s: string, ptr: string) => {
      const t = stateMember.effective;
      const len = [...s].length;
      if (t.length?.min !== undefined && len < t.length.min) fail(`state ${JSON.stringify(s)} is shorter than ${stateMember.id} allows`, ptr);
      if (t.length?.max !== undefined && len > t.length.max) fail(`state ${JSON.stringify(s)} is longer than ${stateMember.id} allows`, ptr);
      if (t.pattern !== undefined && !new RegExp(t.pattern, "u").test(s)) fail(`state ${JSON.stringify(s)} does not match ${stateMember.id}'s pattern`, ptr);
      const target = stateMember.target;
      if (target.kind === "enum" && !target.members.some((m) => m.value === s)) fail(`state ${JSON.stringify(s)} is not a value of ${target.id}`, ptr);
    };
    states.forEach((s, i) => checkState(s, `${at}/states/${i}`));
    let failure: LifecycleOverlay["failure"];
    if (spec.failure !== undefined) {
      const f = spec.failure;
      if (!isObject(f) || typeof f.state !== "string") return fail(`"failure" must be an object with a string "state"`, `${at}/failure`);
      checkState(f.state, `${at}/failure/state`);
      if (f.reasonPointer !== undefined) {
        if (typeof f.reasonPointer !== "string") return fail(`"reasonPointer" must be a string`, `${at}/failure/reasonPointer`);
        memberAt(op, "output", f.reasonPointer, ["string"], (p) => fail(p, `${at}/failure/reasonPointer`));
      }
      failure = { state: f.state, ...(typeof f.reasonPointer === "string" && { reasonPointer: f.reasonPointer }) };
    }
    const timestampPointers = (key: "updatedPointers" | "createdPointers"): string[] | undefined => {
      const v = spec[key];
      if (v === undefined) return undefined;
      if (!Array.isArray(v) || !v.every((p) => typeof p === "string")) return fail(`"${key}" must be an array of JSON pointers`, `${at}/${key}`);
      v.forEach((p, i) => memberAt(op, "output", p, ["timestamp"], (m) => fail(m, `${at}/${key}/${i}`)));
      return v as string[];
    };
    const updatedPointers = timestampPointers("updatedPointers");
    const createdPointers = timestampPointers("createdPointers");
    lifecycles.push({
      operation: opName,
      idPointer,
      ...(responseIdPointer !== undefined && { responseIdPointer }),
      statePointer,
      states: states as string[],
      ...(failure && { failure }),
      ...(updatedPointers && { updatedPointers }),
      ...(createdPointers && { createdPointers }),
    });
  }
  return { file, lifecycles };
}

/** The member a JSON pointer names inside an operation's input or output, through nested structures. */
function memberAt(op: OperationShape, side: "input" | "output", ptr: string, kinds: DataShape["kind"][], fail: (problem: string) => never): Member {
  if (!ptr.startsWith("/")) return fail(`${JSON.stringify(ptr)} is not a JSON pointer (it must start with "/")`);
  const tokens = ptr.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  let shape: DataShape = op[side];
  let member: Member | undefined;
  for (const token of tokens) {
    if (shape.kind !== "structure") return fail(`${ptr} goes through ${shape.id}, which is a ${shape.kind}, not a structure`);
    member = shape.members.find((m) => m.name === token);
    if (!member) return fail(`${ptr}: ${shape.id} has no member ${JSON.stringify(token)} (in the ${side} of ${op.name})`);
    shape = member.target as DataShape;
  }
  if (!member) return fail(`${ptr} names no member`);
  if (!kinds.includes(member.target.kind as DataShape["kind"])) return fail(`${ptr} is a ${member.target.kind}; a lifecycle needs ${kinds.join(" or ")} there`);
  return member;
}
