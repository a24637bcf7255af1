/**
 * A hand-written tokenizer over the IDL text, working on char codes. It is pulled one token at a time
 * by the parser, which needs whitespace, commas, newlines and comments as tokens (the grammar tells
 * `SP` from `BR`), and records each token's line and column (1-based, in UTF-16 code units, as
 * Smithy's loader counts them) so that every syntax error names the token where it happens.
 *
 * @see https://smithy.io/2.0/spec/idl.html#lexical-notes
 */
import { ModelError } from "../errors.ts";
import { StringContentError, stringContents } from "./string-contents.ts";
import { T, isWhitespace, tokenName, type Token } from "./tokens.ts";

/** Deepest nesting of arrays, objects and trait bodies, as in Smithy's loader. */
const MAX_NESTING = 64;

/** Single-character tokens by char code (-1: not one). */
const SINGLE = new Int8Array(128).fill(-1);
for (const [c, kind] of [
  [0x2c, T.COMMA], [0x40, T.AT], [0x24, T.DOLLAR], [0x2e, T.DOT], [0x7b, T.LBRACE], [0x7d, T.RBRACE],
  [0x5b, T.LBRACKET], [0x5d, T.RBRACKET], [0x28, T.LPAREN], [0x29, T.RPAREN], [0x23, T.POUND], [0x3d, T.EQUAL],
] as const) SINGLE[c] = kind;

const isAlpha = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export class Tokenizer {
  kind: Token = T.EOF;
  /** Offsets of the current token in the text: [start, end). */
  start = 0;
  end = 0;
  line = 1;
  column = 1;
  /** Decoded value of a STRING or TEXT_BLOCK token. */
  stringValue = "";
  numberValue = 0;
  /** Why the current ERROR token is not a token. */
  errorMessage = "";

  private pos = 0;
  private posLine = 1;
  private lineStart = 0;
  private nesting = 0;
  /** `///` lines seen since the last time they were taken or discarded. */
  private docLines: string[] = [];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    this.next();
  }

  /** The current token is `kind` (a method, so that checks after `next()` are not narrowed away). */
  is(kind: Token): boolean {
    return this.kind === kind;
  }

  lexeme(): string {
    return this.text.slice(this.start, this.end);
  }

  /** Is the current token the identifier `word`? */
  isIdentifier(word: string): boolean {
    return this.kind === T.IDENTIFIER && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }

  /** Is the current token an identifier starting with `c`? (How Smithy's loader picks a section.) */
  identifierStartsWith(c: string): boolean {
    return this.kind === T.IDENTIFIER && this.text.charCodeAt(this.start) === c.charCodeAt(0);
  }

  /** A syntax error at the current token. */
  error(message: string, shapeId?: string): ModelError {
    return new ModelError(this.file, message, shapeId, undefined, { line: this.line, column: this.column });
  }

  /** "found …" for messages: what the current token is. */
  found(): string {
    switch (this.kind) {
      case T.IDENTIFIER:
        return `identifier '${this.lexeme()}'`;
      case T.NUMBER:
        return `number ${this.lexeme()}`;
      case T.STRING:
      case T.TEXT_BLOCK:
        return `${tokenName(this.kind)} ${JSON.stringify(clip(this.stringValue))}`;
      default:
        return tokenName(this.kind);
    }
  }

  /** Fails unless the current token is one of `kinds`; returns it. */
  expect(...kinds: Token[]): Token {
    if (kinds.includes(this.kind)) return this.kind;
    throw this.unexpected(kinds.length === 1 ? tokenName(kinds[0]!) : `${kinds.slice(0, -1).map(tokenName).join(", ")} or ${tokenName(kinds.at(-1)!)}`);
  }

  /**
   * "expected <what>, found <the current token>" — or, when the current token is not a token at all
   * (a bad string, number or character), what is wrong with it.
   */
  unexpected(what: string): ModelError {
    return this.error(this.kind === T.ERROR ? this.errorMessage : `expected ${what}, found ${this.found()}`);
  }

  skipSpaces(): void {
    while (this.kind === T.SPACE) this.next();
  }

  skipWs(): void {
    while (isWhitespace(this.kind)) this.next();
  }

  skipWsAndDocs(): void {
    while (isWhitespace(this.kind) || this.kind === T.DOC_COMMENT) this.next();
  }

  expectAndSkipSpaces(): void {
    if (this.kind !== T.SPACE) throw this.unexpected("a space");
    this.skipSpaces();
  }

  expectAndSkipWhitespace(): void {
    if (!isWhitespace(this.kind)) throw this.unexpected("whitespace");
    this.skipWsAndDocs();
  }

  /**
   * The `BR` production: optional spaces, then a line break or comment (or the end of the file).
   * Documentation comments read so far belong to nothing and are dropped.
   */
  expectAndSkipBr(): void {
    this.skipSpaces();
    this.docLines.length = 0;
    switch (this.kind) {
      case T.NEWLINE:
      case T.COMMENT:
      case T.DOC_COMMENT:
        this.next();
        this.skipWs();
        return;
      case T.EOF:
        return;
      default:
        throw this.unexpected("a line break");
    }
  }

  /** The pending documentation comment (lines joined by `\n`), and forgets it. */
  takeDocComment(): string | undefined {
    if (this.docLines.length === 0) return undefined;
    const doc = this.docLines.join("\n");
    this.docLines.length = 0;
    return doc;
  }

  enterNesting(): void {
    if (++this.nesting > MAX_NESTING) throw this.error(`values are nested more than ${MAX_NESTING} deep`);
  }

  leaveNesting(): void {
    this.nesting--;
  }

  next(): Token {
    this.start = this.pos;
    this.line = this.posLine;
    this.column = this.pos - this.lineStart + 1;
    const text = this.text;
    const c = text.charCodeAt(this.pos);
    if (Number.isNaN(c)) return this.finish(T.EOF, this.pos);
    const single = c < 128 ? SINGLE[c]! : -1;
    if (single >= 0) return this.finish(single as Token, this.pos + 1);
    switch (c) {
      case 0x20:
      case 0x09: {
        let p = this.pos + 1;
        for (let d = text.charCodeAt(p); d === 0x20 || d === 0x09; d = text.charCodeAt(++p));
        return this.finish(T.SPACE, p);
      }
      case 0x0a:
      case 0x0d: {
        const p = c === 0x0d && text.charCodeAt(this.pos + 1) === 0x0a ? this.pos + 2 : this.pos + 1;
        this.finish(T.NEWLINE, p);
        this.newLineAt(p);
        return T.NEWLINE;
      }
      case 0x3a:
        return text.charCodeAt(this.pos + 1) === 0x3d ? this.finish(T.WALRUS, this.pos + 2) : this.finish(T.COLON, this.pos + 1);
      case 0x22:
        return this.stringToken();
      case 0x2f:
        return this.commentToken();
      default:
        if (c === 0x2d || isDigit(c)) return this.numberToken();
        if (isAlpha(c) || c === 0x5f) return this.identifierToken();
        this.errorMessage = `unexpected character ${describe(text, this.pos)}`;
        return this.finish(T.ERROR, this.pos + (c >= 0xd800 && c <= 0xdbff ? 2 : 1));
    }
  }

  private finish(kind: Token, end: number): Token {
    this.kind = kind;
    this.end = end;
    this.pos = end;
    return kind;
  }

  private newLineAt(p: number): void {
    this.posLine++;
    this.lineStart = p;
  }

  private identifierToken(): Token {
    const text = this.text;
    let p = this.pos;
    while (text.charCodeAt(p) === 0x5f) p++;
    const first = text.charCodeAt(p);
    if (!isAlpha(first) && !(p > this.pos && isDigit(first))) {
      this.errorMessage = `'${text.slice(this.pos, p)}' is not an identifier: underscores must be followed by a letter or digit`;
      return this.finish(T.ERROR, p);
    }
    for (let d = text.charCodeAt(++p); isAlpha(d) || isDigit(d) || d === 0x5f; d = text.charCodeAt(++p));
    return this.finish(T.IDENTIFIER, p);
  }

  private numberToken(): Token {
    const text = this.text;
    let p = this.pos;
    const fail = (why: string): Token => {
      this.errorMessage = `invalid number '${text.slice(this.pos, p)}': ${why}`;
      return this.finish(T.ERROR, p);
    };
    let integer = true;
    if (text.charCodeAt(p) === 0x2d) p++;
    if (!isDigit(text.charCodeAt(p))) return fail("'-' must be followed by a digit");
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) === 0x2e) {
      integer = false;
      p++;
      if (!isDigit(text.charCodeAt(p))) return fail("'.' must be followed by a digit");
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const e = text.charCodeAt(p);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      p++;
      const sign = text.charCodeAt(p);
      if (sign === 0x2b || sign === 0x2d) p++;
      if (!isDigit(text.charCodeAt(p))) return fail("an exponent must have digits");
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const value = Number(text.slice(this.pos, p));
    // An integer is a Java long or BigInteger in Smithy, where -0 is 0; a decimal keeps its sign.
    this.numberValue = integer && value === 0 ? 0 : value;
    return this.finish(T.NUMBER, p);
  }

  private commentToken(): Token {
    const text = this.text;
    if (text.charCodeAt(this.pos + 1) !== 0x2f) {
      this.errorMessage = "a single '/' is not allowed ('//' starts a comment)";
      return this.finish(T.ERROR, this.pos + 1);
    }
    const doc = text.charCodeAt(this.pos + 2) === 0x2f;
    let p = this.pos + 2;
    for (let d = text.charCodeAt(p); !Number.isNaN(d) && d !== 0x0a && d !== 0x0d; d = text.charCodeAt(++p));
    const contentEnd = p;
    const c = text.charCodeAt(p);
    if (c === 0x0d) p += text.charCodeAt(p + 1) === 0x0a ? 2 : 1;
    else if (c === 0x0a) p++;
    this.finish(doc ? T.DOC_COMMENT : T.COMMENT, p);
    if (p > contentEnd) this.newLineAt(p);
    if (doc) this.docLines.push(this.docLine(contentEnd, p));
    return this.kind;
  }

  /** One `///` line: the text after `///` and one optional space. */
  private docLine(contentEnd: number, end: number): string {
    const text = this.text;
    // Smithy strips "\n" and "\r\n" only; a line ended by a lone "\r" keeps it.
    let to = end;
    if (text.charCodeAt(to - 1) === 0x0a) {
      to--;
      if (text.charCodeAt(to - 1) === 0x0d) to--;
    }
    if (end - this.start <= 3) return text.slice(this.start, to);
    const from = text.charCodeAt(this.start + 3) === 0x20 ? this.start + 4 : this.start + 3;
    return from <= to ? text.slice(from, to) : "";
  }

  private stringToken(): Token {
    const text = this.text;
    const open = this.pos;
    const block = text.charCodeAt(open + 1) === 0x22 && text.charCodeAt(open + 2) === 0x22;
    if (!block && text.charCodeAt(open + 1) === 0x22) {
      this.stringValue = "";
      return this.finish(T.STRING, open + 2);
    }
    const from = open + (block ? 3 : 1);
    // One pass: find the end, count line breaks (the token keeps its start line and column), and
    // note whether the text can be taken as it is (no escape, no carriage return, no control character).
    let p = from;
    let plain = !block;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 0x22) {
        if (!block || (text.charCodeAt(p + 1) === 0x22 && text.charCodeAt(p + 2) === 0x22)) break;
      } else if (c === 0x5c) {
        plain = false;
        const e = text.charCodeAt(p + 1);
        if (e === 0x0a) this.newLineAt(p + 2);
        else if (e === 0x0d && text.charCodeAt(p + 2) !== 0x0a) this.newLineAt(p + 2);
        p += 2;
        continue;
      } else if (c < 0x20 || Number.isNaN(c)) {
        if (Number.isNaN(c)) {
          this.errorMessage = block ? 'the text block is never closed (missing """)' : 'the string is never closed (missing ")';
          return this.finish(T.ERROR, p);
        }
        if (c === 0x0a) this.newLineAt(p + 1);
        else if (c === 0x0d) {
          plain = false;
          if (text.charCodeAt(p + 1) !== 0x0a) this.newLineAt(p + 1);
        } else if (c !== 0x09) plain = false;
      }
      p++;
    }
    const end = p + (block ? 3 : 1);
    if (plain) {
      this.stringValue = text.slice(from, p);
      return this.finish(T.STRING, end);
    }
    try {
      this.stringValue = stringContents(text.slice(from, p), block);
    } catch (e) {
      if (!(e instanceof StringContentError)) throw e;
      this.errorMessage = e.message;
      return this.finish(T.ERROR, end);
    }
    return this.finish(block ? T.TEXT_BLOCK : T.STRING, end);
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

function describe(text: string, at: number): string {
  const c = text.codePointAt(at)!;
  return c < 0x20 || c === 0x7f ? `U+${c.toString(16).toUpperCase().padStart(4, "0")}` : `'${String.fromCodePoint(c)}'`;
}
