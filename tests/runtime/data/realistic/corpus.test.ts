/**
 * The must-show of realistic data over every awsJson model in ../shared/models/aws/: for every
 * operation the contract holds (the closure's unsupported ones are not in it), 50 seeds each, the
 * realistic output validates strictly against the output schema, holds no C0 control or unpaired
 * surrogate unless its pattern requires one (see `patternRequiresControls`), and every timestamp
 * lies in the documented window and in the documented order within its structure.
 *
 * The base seed is printed; set REALISTIC_SEED to replay a run.
 */
import { afterAll, describe, expect, it } from "vitest";
import { loadClosure } from "../../../../codegen/load-closure.ts";
import { buildServiceContract } from "../../../../codegen/contract/service-contract.ts";
import { RealisticGenerator, TIMESTAMP_WINDOW, type RealisticSettings } from "../../../../runtime/data/realistic/index.ts";
import { checkerOf } from "../../../../runtime/validation/checker.ts";
import { corpusModels } from "../../../support/corpus.ts";
import { CONTROL_OR_LONE_SURROGATE, orderViolations, patternRequiresControls, visit } from "./support/visit.ts";

const SEEDS = 50;
const BASE_SEED = process.env.REALISTIC_SEED !== undefined ? Number(process.env.REALISTIC_SEED) : Math.floor(Math.random() * 2 ** 31);
const NOW = Date.parse("2025-06-01T12:00:00Z");
console.log(`realistic corpus: base seed ${BASE_SEED} (REALISTIC_SEED=${BASE_SEED} replays it), now ${new Date(NOW).toISOString()}`);

const models = corpusModels();
const totals = { operations: 0, strings: 0, timestamps: 0, required: 0 };

describe("realistic answers over the reference models", () => {
  it.each(models.map((m) => [m.split("/").pop()!, m]))("%s: every operation × 50 seeds: valid, printable, timestamps in the window and in order", (_, model) => {
    const { closure } = loadClosure({ model });
    const contract = buildServiceContract(closure);
    const service = closure.service;
    const settings: RealisticSettings = {
      now: NOW,
      region: "eu-west-1",
      arnNamespace: service.traits.awsService?.arnNamespace ?? service.endpointPrefix,
      endpointPrefix: service.endpointPrefix,
    };
    const generator = new RealisticGenerator(contract.shapes!, settings);
    const checker = checkerOf(contract);
    const problems: string[] = [];
    for (const [name, op] of Object.entries(contract.operations)) {
      totals.operations++;
      for (let i = 0; i < SEEDS; i++) {
        const seed = BASE_SEED + i;
        const where = `${name} seed ${seed}`;
        const body = generator.value(op.plans!.output, seed);
        const violation = checker.violation(op, { kind: "output" }, body);
        if (violation !== undefined) problems.push(`${where}: ${violation.message}`);
        const seen = visit(op.plans!.output, contract.shapes!, body);
        for (const s of seen.strings) {
          totals.strings++;
          if (!CONTROL_OR_LONE_SURROGATE.test(s.value)) continue;
          if (patternRequiresControls(s)) totals.required++;
          else problems.push(`${where}: ${s.path} = ${JSON.stringify(s.value)} holds a control character its pattern does not require`);
        }
        const all = [...seen.structures.flatMap((st) => st.timestamps), ...seen.lone];
        for (const t of all) {
          totals.timestamps++;
          const latest = NOW + (t.role === "afterCreation" ? TIMESTAMP_WINDOW.futureMs : 0);
          if (t.ms < NOW - TIMESTAMP_WINDOW.pastMs || t.ms > latest) problems.push(`${where}: ${t.path} (${t.role}) = ${new Date(t.ms).toISOString()} is outside the window`);
        }
        for (const st of seen.structures) for (const p of orderViolations(st.timestamps, NOW)) problems.push(`${where}: ${p}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `realistic answers: ${totals.operations} operations × ${SEEDS} seeds valid (${totals.strings} strings, ${totals.required} with controls their pattern requires; ${totals.timestamps} timestamps in the window and in order)`,
    );
  });
});
