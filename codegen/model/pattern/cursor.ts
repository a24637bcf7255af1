/**
 * The lowest layer of the Java-regex parser (parse.ts): the pattern as Java holds it (code points,
 * with `\Q…\E` already expanded into escaped literals, two zeros at the end) and Pattern's own
 * cursor moves — `peek`, `read`, `next`, `skip`, `accept` — which skip white space and `#` comments
 * under COMMENTS exactly where Java's do, and Java's error positions.
 *
 * @see https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html#COMMENTS
 */
import { JavaPatternError } from "./errors.ts";

export const UNIX_LINES = 0x01;
export const CASE_INSENSITIVE = 0x02;
export const COMMENTS = 0x04;
export const MULTILINE = 0x08;
export const DOTALL = 0x20;
export const UNICODE_CASE = 0x40;
export const CANON_EQ = 0x80;
export const UNICODE_CHARACTER_CLASS = 0x100;

export const cp = (c: string) => c.codePointAt(0)!;
export const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
export const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
export const isAsciiAlpha = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isAscii = (c: number) => c < 0x80;
export const asciiLower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
export const asciiUpper = (c: number) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c);
export const hexValue = (c: number) => (isDigit(c) ? c - 0x30 : (c | 0x20) - 0x61 + 10);

/**
 * Pattern.RemoveQEQuoting: `\Q…\E` becomes its characters, each escaped unless an ASCII letter or
 * a non-ASCII character (a digit right after `\Q` becomes `\x3n`, so no escape before it can swallow it).
 */
export function removeQEQuoting(cps: readonly number[]): number[] {
  const t = cps;
  const pLen = cps.length;
  let i = 0;
  while (i < pLen - 1) {
    if (t[i] !== 0x5c) i += 1;
    else if (t[i + 1] !== cp("Q")) i += 2;
    else break;
  }
  if (i >= pLen - 1) return [...cps];
  const out = t.slice(0, i);
  i += 2;
  let inQuote = true;
  let beginQuote = true;
  while (i < pLen) {
    const c = t[i++]!;
    if (!isAscii(c) || isAsciiAlpha(c)) {
      out.push(c);
    } else if (isDigit(c)) {
      if (beginQuote) out.push(0x5c, cp("x"), cp("3"));
      out.push(c);
    } else if (c !== 0x5c) {
      if (inQuote) out.push(0x5c);
      out.push(c);
    } else if (inQuote) {
      if (t[i] === cp("E")) {
        i++;
        inQuote = false;
      } else {
        out.push(0x5c, 0x5c);
      }
    } else if (t[i] === cp("Q")) {
      i++;
      inQuote = true;
      beginQuote = true;
      continue;
    } else {
      out.push(c);
      if (i !== pLen) out.push(t[i++]!);
    }
    beginQuote = false;
  }
  return out;
}

/** Pattern's cursor over the (quote-expanded) pattern, with its flags. */
export class PatternCursor {
  protected temp: number[];
  protected patternLength: number;
  protected cursor = 0;
  protected flags = 0;

  constructor(protected readonly source: string) {
    const cps = removeQEQuoting([...source].map(cp));
    this.patternLength = cps.length;
    this.temp = [...cps, 0, 0];
  }

  protected has(f: number): boolean {
    return (this.flags & f) !== 0;
  }

  protected at(i: number): number {
    return this.temp[i] ?? 0;
  }

  protected error(description: string): JavaPatternError {
    return new JavaPatternError(description, this.cursor - 1, this.source);
  }

  protected peek(): number {
    let ch = this.at(this.cursor);
    if (this.has(COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  protected read(): number {
    let ch = this.at(this.cursor++);
    if (this.has(COMMENTS)) ch = this.parsePastWhitespace(ch);
    return ch;
  }

  protected next(): number {
    let ch = this.at(++this.cursor);
    if (this.has(COMMENTS)) ch = this.peekPastWhitespace(ch);
    return ch;
  }

  protected nextEscaped(): number {
    return this.at(++this.cursor);
  }

  protected skip(): number {
    const ch = this.at(this.cursor + 1);
    this.cursor += 2;
    return ch;
  }

  protected unread(): void {
    this.cursor--;
  }

  protected accept(ch: number, message: string): void {
    let test = this.at(this.cursor++);
    if (this.has(COMMENTS)) test = this.parsePastWhitespace(test);
    if (ch !== test) throw this.error(message);
  }

  protected peekPastWhitespace(ch0: number): number {
    let ch = ch0;
    while (isAsciiSpace(ch) || ch === cp("#")) {
      while (isAsciiSpace(ch)) ch = this.at(++this.cursor);
      if (ch === cp("#")) ch = this.peekPastLine();
    }
    return ch;
  }

  protected parsePastWhitespace(ch0: number): number {
    let ch = ch0;
    while (isAsciiSpace(ch) || ch === cp("#")) {
      while (isAsciiSpace(ch)) ch = this.at(this.cursor++);
      if (ch === cp("#")) ch = this.parsePastLine();
    }
    return ch;
  }

  protected parsePastLine(): number {
    let ch = this.at(this.cursor++);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(this.cursor++);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor++);
    }
    return ch;
  }

  protected peekPastLine(): number {
    let ch = this.at(++this.cursor);
    while (ch !== 0 && !this.isLineSeparator(ch)) ch = this.at(++this.cursor);
    if (ch === 0 && this.cursor > this.patternLength) {
      this.cursor = this.patternLength;
      ch = this.at(this.cursor);
    }
    return ch;
  }

  protected isLineSeparator(ch: number): boolean {
    if (this.has(UNIX_LINES)) return ch === 0x0a;
    return ch === 0x0a || ch === 0x0d || (ch | 1) === 0x2029 || ch === 0x85;
  }
}
