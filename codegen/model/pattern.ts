/**
 * Smithy says `@pattern` is an ECMA 262 regular expression, but real AWS models carry Java-isms:
 * POSIX classes (`\p{Print}`) and identity escapes of plain characters (`\_`, `\!`, `\ `) that only
 * non-Unicode mode accepts — and there `\p{Print}` silently means the letters "p{Print}". JSON
 * Schema validators (ajv) compile patterns with the `u` flag, so the loader rewrites each pattern
 * once into an equivalent Unicode-mode pattern; the model's own text is kept for messages.
 *
 * @see https://smithy.io/2.0/spec/constraint-traits.html#pattern-trait
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html (POSIX character classes)
 */

/** Java's POSIX classes (US-ASCII only, as Java defines them) as ECMAScript class contents. */
const POSIX: Readonly<Record<string, string>> = {
  Lower: "a-z",
  Upper: "A-Z",
  ASCII: "\\x00-\\x7F",
  Alpha: "a-zA-Z",
  Digit: "0-9",
  Alnum: "a-zA-Z0-9",
  Punct: "!-\\/:-@\\[-`\\{-~",
  Graph: "!-~",
  Print: " -~",
  Blank: " \\t",
  Cntrl: "\\x00-\\x1F\\x7F",
  XDigit: "0-9a-fA-F",
  Space: " \\t\\n\\x0B\\f\\r",
};

/** Characters that Unicode mode allows after a backslash as an identity escape. */
const SYNTAX = new Set([..."^$\\.*+?()[]{}|/"]);

/**
 * Rewrites a model pattern into Unicode-mode ECMAScript. Returns the input unchanged when it already
 * compiles with the `u` flag and has no POSIX class. Throws when the result still does not compile.
 */
export function toUnicodePattern(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\" && i + 1 < source.length) {
      const next = source[i + 1]!;
      const posix = /^\\[pP]\{(\w+)\}/.exec(source.slice(i));
      if (posix && POSIX[posix[1]!] !== undefined) {
        const body = POSIX[posix[1]!]!;
        const negated = source[i + 1] === "P";
        if (inClass && negated) throw new Error(`cannot rewrite a negated POSIX class inside a character class: ${source}`);
        out += inClass ? body : `[${negated ? "^" : ""}${body}]`;
        i += posix[0].length - 1;
        continue;
      }
      if (/[A-Za-z0-9]/.test(next) || SYNTAX.has(next) || (inClass && next === "-")) {
        out += c + next;
      } else if (next === "-") {
        out += "\\x2D";
      } else {
        out += next; // identity escape of a plain character: the character itself
      }
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  new RegExp(out, "u"); // let the caller report a pattern we could not make valid
  return out;
}
