// Preloaded into the `smithy-contract serve` process of the hostile-request tests
// (`node --import <this file> bin/smithy-contract.js serve ...`), so that a test can ask, over the
// IPC channel only, whether any request changed the built-in prototypes of the server process.
// Plain JavaScript: the server runs from dist/ without a TypeScript loader, as users run it.
//
// Message { probe: "prototypes" } -> { probe: "prototypes", changed: string[] }: the lines of the
// fingerprint (key: what it holds) that differ from the one taken when the process started.

if (typeof process.send === "function") {
  const seen = new Map(); // every value met, numbered once: a replaced value gets a new number
  const fingerprint = () => {
    const idOf = (value) => {
      if (typeof value !== "object" && typeof value !== "function") return `${typeof value} ${String(value)}`;
      if (value === null) return "null";
      if (!seen.has(value)) seen.set(value, seen.size + 1);
      return `${typeof value} #${seen.get(value)}`;
    };
    const out = [];
    for (const [name, proto] of [["Object.prototype", Object.prototype], ["Array.prototype", Array.prototype], ["Function.prototype", Function.prototype]]) {
      for (const key of Reflect.ownKeys(proto)) {
        const d = Reflect.getOwnPropertyDescriptor(proto, key);
        const what = "value" in d ? idOf(d.value) : `get ${idOf(d.get)} set ${idOf(d.set)}`;
        out.push(`${name}.${String(key)}: ${what} ${d.enumerable ? "e" : ""}${d.writable ? "w" : ""}${d.configurable ? "c" : ""}`);
      }
      out.push(`${name} is ${idOf(Object.getPrototypeOf(proto))}`);
    }
    return out;
  };
  const before = fingerprint();
  process.on("message", (message) => {
    if (message === null || typeof message !== "object" || message.probe !== "prototypes") return;
    const now = fingerprint();
    const was = new Set(before);
    const is = new Set(now);
    const changed = [...now.filter((l) => !was.has(l)).map((l) => `+ ${l}`), ...before.filter((l) => !is.has(l)).map((l) => `- ${l}`)];
    process.send({ probe: "prototypes", changed });
  });
  // The listener refs the channel: let go, so that serve still ends on SIGTERM by itself.
  process.channel?.unref();
}
