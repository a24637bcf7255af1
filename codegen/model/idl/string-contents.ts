/**
 * The value of a quoted string or text block from its raw text between the quotes: line endings
 * normalised to `\n`, a text block's incidental whitespace removed, then escapes decoded.
 *
 * @see https://smithy.io/2.0/spec/idl.html#strings
 * @see https://smithy.io/2.0/spec/idl.html#text-blocks
 */

/** A string the grammar does not allow; the tokenizer turns it into an error token. */
export class StringContentError extends Error {}

/**
 * Decodes `raw` (the characters between `"` and `"`, or `"""` and `"""`).
 *
 * @example
 * stringContents("a\\tb", false); // "a\tb"
 * stringContents("\n    Hello\n    ", true); // "Hello\n"
 */
export function stringContents(raw: string, textBlock: boolean): string {
  let text = raw.indexOf("\r") >= 0 ? raw.replace(/\r\n?/g, "\n") : raw;
  if (textBlock) text = removeIncidentalWhitespace(text);
  if (text.indexOf("\\") < 0) {
    checkCharacters(text, textBlock);
    return text;
  }
  return decodeEscapes(text, textBlock);
}

function checkCharacters(text: string, textBlock: boolean): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isNormalCharacter(c, textBlock)) throw new StringContentError(`invalid character ${describeChar(c)} in a string`);
  }
}

/** QuotedChar: tab, newlines and everything from space up, except `"` outside text blocks and `\`. */
function isNormalCharacter(c: number, textBlock: boolean): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20 || c === 0x21 || (textBlock && c === 0x22) || (c >= 0x23 && c <= 0x5b) || c >= 0x5d;
}

function describeChar(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

function decodeEscapes(text: string, textBlock: boolean): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x5c) {
      if (!isNormalCharacter(c, textBlock)) throw new StringContentError(`invalid character ${describeChar(c)} in a string`);
      continue;
    }
    out += text.slice(from, i);
    const e = text.charCodeAt(++i);
    switch (e) {
      case 0x22: out += '"'; break;
      case 0x5c: out += "\\"; break;
      case 0x2f: out += "/"; break;
      case 0x62: out += "\b"; break;
      case 0x66: out += "\f"; break;
      case 0x6e: out += "\n"; break;
      case 0x72: out += "\r"; break;
      case 0x74: out += "\t"; break;
      case 0x0a: break; // an escaped line break joins the lines
      case 0x75: {
        let code = 0;
        for (let k = 1; k <= 4; k++) {
          const h = text.charCodeAt(i + k);
          const v = h >= 0x30 && h <= 0x39 ? h - 0x30 : h >= 0x61 && h <= 0x66 ? h - 0x57 : h >= 0x41 && h <= 0x46 ? h - 0x37 : -1;
          if (v < 0) {
            throw new StringContentError(Number.isNaN(h) ? "unfinished \\u escape in a string" : `invalid \\u escape in a string: ${JSON.stringify(text[i + k])} is not a hex digit`);
          }
          code = (code << 4) | v;
        }
        i += 4;
        out += String.fromCharCode(code);
        break;
      }
      default:
        throw new StringContentError(Number.isNaN(e) ? "a string cannot end with a lone backslash" : `invalid escape \\${text[i]} in a string`);
    }
    from = i + 1;
  }
  return out + text.slice(from);
}

/**
 * Text block lines lose the smallest indentation of their non-blank lines (the closing line counts
 * even when blank) and their trailing spaces; the opening line break is dropped. Only spaces count as
 * indentation, as in Smithy's loader.
 */
function removeIncidentalWhitespace(text: string): string {
  if (text.length === 0 || text.charCodeAt(0) !== 0x0a) throw new StringContentError("a text block must start with a line break after the opening \"\"\"");
  const lines = text.split("\n");
  let indent = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let n = 0;
    while (n < line.length && line.charCodeAt(n) === 0x20) n++;
    const last = i === lines.length - 1;
    if ((n < line.length || last) && n < indent) indent = n;
  }
  let out = "";
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 0) {
      let end = line.length - 1;
      while (end > 0 && line.charCodeAt(end) === 0x20) end--;
      const start = Math.min(indent, line.length);
      if (end >= start) out += line.slice(start, end + 1);
    }
    if (i < lines.length - 1) out += "\n";
  }
  return out;
}
