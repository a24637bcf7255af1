// Preloaded into the `smithy-contract serve` process that `npm run load` measures
// (`node --expose-gc --import <this file> bin/smithy-contract.js serve ...`), so the figures are
// those of the real CLI from dist/ with nothing added to serve's surface: it answers the load
// driver over the IPC channel only (never on the wire). Plain JavaScript so that the measured
// process runs without a TypeScript loader, as users run it.
//
// Messages: { probe: "memory", gc: boolean } -> { probe: "memory", now, peak, cpu, prototypeKeys }.
// `peak` is the highest RSS and heap sampled (every SAMPLE_MS) since the previous report, so each
// report opens a new window; `gc` collects twice first (a second pass frees what the first one's
// finalizers released). `prototypeKeys` are Object.prototype's own keys that were not there when
// the process started: a request that polluted it shows up here. `cpu` is process.cpuUsage() (µs).

const SAMPLE_MS = 10;

if (typeof process.send === "function") {
  const original = new Set(Reflect.ownKeys(Object.prototype));
  const snapshot = () => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers };
  };
  const peakOf = (m) => ({ rss: m.rss, heapUsed: m.heapUsed });
  let peak = peakOf(snapshot());
  const sample = () => {
    const m = snapshot();
    peak = { rss: Math.max(peak.rss, m.rss), heapUsed: Math.max(peak.heapUsed, m.heapUsed) };
  };
  setInterval(sample, SAMPLE_MS).unref();

  process.on("message", (message) => {
    if (message === null || typeof message !== "object" || message.probe !== "memory") return;
    if (message.gc === true) {
      if (typeof globalThis.gc !== "function") {
        process.send({ probe: "memory", error: "no forced GC: start node with --expose-gc" });
        return;
      }
      globalThis.gc();
      globalThis.gc();
    }
    sample();
    const now = snapshot();
    const reported = peak;
    peak = peakOf(now);
    const prototypeKeys = Reflect.ownKeys(Object.prototype)
      .filter((k) => !original.has(k))
      .map(String);
    process.send({ probe: "memory", now, peak: reported, cpu: process.cpuUsage(), prototypeKeys });
  });
  // The listener above refs the channel: let go, so that serve still ends on SIGTERM by itself.
  process.channel?.unref();
}
