/**
 * Runs `new RegExp(pattern, "u").test` on strings in a worker thread, so that a test can give up on
 * a native engine that backtracks for too long (the worker is terminated) instead of hanging.
 */
import { Worker } from "node:worker_threads";

const SOURCE = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ pattern, inputs }) => {
  const re = new RegExp(pattern, "u");
  for (const s of inputs) re.test(s);
  parentPort.postMessage("done");
});`;

export class NativeWorker {
  #worker = new Worker(SOURCE, { eval: true });

  /** True when the native engine answered every string within `ms`; false when it was stopped. */
  answersWithin(pattern: string, inputs: readonly string[], ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        void this.#worker.terminate();
        this.#worker = new Worker(SOURCE, { eval: true });
        resolve(false);
      }, ms);
      this.#worker.once("message", () => {
        clearTimeout(timer);
        resolve(true);
      });
      this.#worker.postMessage({ pattern, inputs });
    });
  }

  close(): Promise<number> {
    return this.#worker.terminate();
  }
}
