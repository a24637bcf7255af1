/**
 * Test support: `@pattern`s for the fuzzer's strings, each with a witness (a string it accepts, as
 * java.util.regex's `find()` does), so a string's `@length` can always be drawn around the witness
 * and the pair is satisfiable. Real patterns from the reference AWS models, and simple generated
 * ones whose literal parts carry tricky text (`*\/`, `${`, a backtick, `</script>`, U+2028, NUL).
 */
import * as fc from "fast-check";

export interface PatternChoice {
  /** The pattern as the model writes it (Java's dialect). */
  readonly source: string;
  /** A string the pattern accepts. */
  readonly witness: string;
}

/** Patterns of real AWS models (../shared/models/aws), with a witness each. */
export const REAL_PATTERNS: readonly PatternChoice[] = [
  { source: String.raw`^[a-zA-Z0-9_.-]+$`, witness: "my_job.v1" },
  { source: String.raw`^[\w+=,.@-]+$`, witness: "role+name@x" },
  { source: String.raw`^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`, witness: "Tag value 1" },
  { source: String.raw`^arn:([a-z\d-]+):personalize:.*:.*:.+$`, witness: "arn:aws:personalize:us-east-1:123456789012:dataset/x" },
  { source: String.raw`^\d{12}$`, witness: "123456789012" },
  { source: String.raw`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, witness: "0a1b2c3d-0000-4000-8000-00000000abcd" },
  { source: String.raw`^arn:aws.*:kms:.*:[0-9]{12}:key/`, witness: "arn:aws:kms:us-east-1:123456789012:key/" },
  { source: String.raw`^https://.*$`, witness: "https://example.com" },
  { source: String.raw`^[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*$`, witness: "any text" },
  { source: String.raw`^\p{Print}+$`, witness: "Printable!" },
  { source: String.raw`^[A-Za-z0-9][A-Za-z0-9\-\_\.]{0,126}[A-Za-z0-9]$`, witness: "a-b" },
  { source: String.raw`^rate\(\d+ days?\)$`, witness: "rate(1 day)" },
  { source: String.raw`^\+?([0-9 \t\-()\/]{7,})(?:\s*(?:#|x\.?|ext\.?|extension) \t*(\d+))?$`, witness: "+1 555 0100" },
  { source: String.raw`^[^\$]+$`, witness: "no dollars" },
  { source: String.raw`^\b[0-9a-f]{8}\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\b[0-9a-f]{12}\b$`, witness: "0a1b2c3d-0000-4000-8000-00000000abcd" },
  { source: String.raw`^[\u0009\u000A\u000D\u0020-\u00FF]+$`, witness: "Tab\there" },
  { source: String.raw`^\p{L}+(?:\.\p{L}+){0,2}$`, witness: "com.exämple" },
  { source: String.raw`^arn:(aws|aws-us-gov|aws-cn|aws-iso|aws-iso-b):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}$`, witness: "arn:aws:sso:::instance/ssoins-0123456789abcdef" },
  { source: String.raw`^.*$`, witness: "anything" },
  { source: String.raw`^[^:=\-\.\s][0-9a-zA-Z_:\-\.]+$`, witness: "ab:c" },
  { source: String.raw`^[a-zA-Z0-9&$@#\\\/%?=~\-_'"|!:,.;*+\[\]\ \(\)\{\}]+$`, witness: "a&b" },
  { source: String.raw`(?i)^[a-z]+$`, witness: "ABC" },
  { source: String.raw`[a-z]`, witness: "Z9a" },
];

/** Literal starts of generated patterns: [Java source, the text it matches]. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ["", ""],
  ["arn:", "arn:"],
  ["\\Q*/${`\\E", "*/${`"],
  ["</script>", "</script>"],
  [String.raw`\x{2028}`, "\u2028"],
  [String.raw`\u0000`, "\u0000"],
  ["\u0000", "\u0000"],
  ["\\$\\{", "${"],
  ["`", "`"],
  [String.raw`\*/`, "*/"],
];

/** Character classes of generated patterns: [Java source, one character it matches]. */
const CLASSES: readonly (readonly [string, string])[] = [
  ["[a-z]", "q"],
  ["[A-Za-z0-9_-]", "Z"],
  [String.raw`\d`, "7"],
  [String.raw`[\w+=,.@-]`, "@"],
  [String.raw`\S`, "~"],
  [String.raw`[^\s]`, "é"],
  [String.raw`\p{L}`, "ж"],
  ["[^:/]", "x"],
  [".", " "],
  [String.raw`[\x{1F600}-\x{1F64F}]`, "😀"],
];

/** A generated pattern: optional anchors, a literal start, a class and a quantifier. */
const generatedPattern: fc.Arbitrary<PatternChoice> = fc
  .record({ prefix: fc.nat(PREFIXES.length - 1), cls: fc.nat(CLASSES.length - 1), quant: fc.nat(4), m: fc.nat(3), k: fc.nat(5), anchors: fc.nat(2) })
  .map(({ prefix, cls, quant, m, k, anchors }) => {
    const [pSource, pText] = PREFIXES[prefix]!;
    const [cSource, cText] = CLASSES[cls]!;
    const [q, reps] = ([[`{${m},${m + k}}`, m], [`{${m}}`, m], ["+", 1], ["*", 0], ["?", 0]] as const)[quant]!;
    const start = anchors < 2 ? "^" : "";
    const end = anchors === 0 ? "$" : "";
    return { source: `${start}${pSource}${cSource}${q}${end}`, witness: pText + cText.repeat(reps) };
  });

/** A pattern with its witness: a real one or a generated one. */
export const patternChoice: fc.Arbitrary<PatternChoice> = fc.oneof(fc.constantFrom(...REAL_PATTERNS), generatedPattern);
