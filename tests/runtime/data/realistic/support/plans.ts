/** Plan fragments and settings the realistic-data tests share. */
import type { ArbitraryPlan, MemberPlan } from "../../../../../runtime/data/plan.ts";
import { realisticValue, type RealisticSettings } from "../../../../../runtime/data/realistic/index.ts";

export const NOW = Date.parse("2025-06-01T12:00:00Z");

export const SETTINGS: RealisticSettings = { now: NOW, region: "eu-west-1", arnNamespace: "personalize", endpointPrefix: "personalize" };

export const str = (constraints: { minLength?: number; maxLength?: number; pattern?: string } = {}, where = "ns#Value"): ArbitraryPlan => ({ method: "string", constraints, where });
export const int = (range: { min?: number; max?: number } = {}, kind: "byte" | "short" | "integer" | "long" = "integer", where = "ns#Amount"): ArbitraryPlan => ({ method: "integer", kind, range, where });
export const ts = (format: "epoch-seconds" | "date-time" | "http-date" = "epoch-seconds"): ArbitraryPlan => ({ method: "timestamp", format });
export const tie = (key: string): ArbitraryPlan => ({ method: "tie", key });
export const member = (name: string, plan: ArbitraryPlan, required = false): MemberPlan => ({ name, required, plan });
export const struct = (...members: MemberPlan[]): ArbitraryPlan => ({ method: "structure", members });
export const list = (item: ArbitraryPlan, constraints: { minLength?: number; maxLength?: number; uniqueItems?: boolean; sparse?: boolean } = {}): ArbitraryPlan => ({ method: "list", item, constraints });

/** The realistic value of `plan` drawn for the member `name` (its naming rule applies). */
export function valueFor(name: string, plan: ArbitraryPlan, seed: number, settings: RealisticSettings = SETTINGS, shapes: Readonly<Record<string, ArbitraryPlan>> = {}): unknown {
  return realisticValue(plan, shapes, settings, seed, { member: name });
}

/** `n` seeds from 1. */
export const seeds = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
