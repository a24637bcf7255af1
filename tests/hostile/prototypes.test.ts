/**
 * The prototype checks of the hostile tables can fail: a key planted on a built-in prototype shows
 * in the test process's fingerprint (support/prototypes.ts) and in the one the probe preloaded into
 * serve reports over IPC (support/prototype-probe.mjs), and both are back to nothing once it goes.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prototypeFingerprint } from "./support/prototypes.ts";

const PROBE = fileURLToPath(new URL("./support/prototype-probe.mjs", import.meta.url));

describe("prototypeFingerprint", () => {
  it("changes when a key is added to, or replaced on, a built-in prototype, and not otherwise", () => {
    const before = prototypeFingerprint();
    expect(prototypeFingerprint()).toEqual(before);
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = "yes";
    const toString = Array.prototype.toString;
    Array.prototype.toString = () => "replaced";
    try {
      const after = prototypeFingerprint();
      expect(after.filter((l) => !before.includes(l))).toEqual(["Object.prototype.polluted: string yes ewc", expect.stringMatching(/^Array\.prototype\.toString: function #\d+ wc$/)]);
    } finally {
      delete proto.polluted;
      Array.prototype.toString = toString;
    }
    expect(prototypeFingerprint()).toEqual(before);
  });
});

describe("prototype-probe.mjs", () => {
  it("reports over IPC a key planted in the process it is preloaded into", async () => {
    // A child that plants a key when told to, and stays up while its IPC channel is open.
    // (The probe lets go of the channel so that serve ends on SIGTERM: a timer keeps this one up.)
    const script = `setInterval(() => {}, 1000); process.on("message", (m) => { if (m === "pollute") Object.prototype.polluted = 1; });`;
    const child = spawn(process.execPath, ["--import", PROBE, "-e", script], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    const ask = () =>
      new Promise<string[]>((resolve) => {
        const on = (m: { probe?: string; changed?: string[] }) => {
          if (m?.probe !== "prototypes") return;
          child.off("message", on);
          resolve(m.changed ?? []);
        };
        child.on("message", on);
        child.send({ probe: "prototypes" });
      });
    try {
      expect(await ask()).toEqual([]);
      child.send("pollute");
      expect(await ask()).toEqual(["+ Object.prototype.polluted: number 1 ewc"]);
    } finally {
      child.kill();
    }
  }, 30_000);
});
