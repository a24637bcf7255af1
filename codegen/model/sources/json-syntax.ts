/**
 * Where JSON text stops being JSON, and why, in words that do not depend on the JavaScript engine
 * (whose `JSON.parse` messages differ between releases and do not always give a position). Used only
 * after `JSON.parse` has failed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8259
 */
export function jsonSyntaxProblem(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw { offset: i, message };
  };
  const ws = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  };
  const found = () => (i >= text.length ? "the end of the file" : `'${String.fromCodePoint(text.codePointAt(i)!)}'`);
  const expect = (what: string, ok: boolean) => {
    if (!ok) fail(`expected ${what}, found ${found()}`);
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail("the string is never closed");
      if (c === 0x22) break;
      if (c < 0x20) fail("a control character must be escaped in a string");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail("\\u must be followed by four hex digits");
          i += 6;
          continue;
        }
        if (e === undefined || !`"\\/bfnrt`.includes(e)) fail(`invalid escape \\${e ?? ""}`);
        i += 2;
        continue;
      }
      i++;
    }
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "-") fail(`expected a value, found ${found()}`);
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") return void i++;
      for (;;) {
        ws();
        expect("a property name in double quotes", text[i] === '"');
        string();
        ws();
        expect("':'", text[i] === ":");
        i++;
        value();
        ws();
        if (text[i] === "}") return void i++;
        expect("',' or '}'", text[i] === ",");
        i++;
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === "]") return void i++;
        expect("',' or ']'", text[i] === ",");
        i++;
      }
    }
    if (c === '"') return string();
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return void (i += word.length);
    number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${found()} after the JSON value`);
    return { offset: i, message: "not valid JSON" };
  } catch (e) {
    if (typeof e === "object" && e !== null && "offset" in e) return e as { offset: number; message: string };
    throw e;
  }
}
