import { translateJavaPattern } from "../../../../../codegen/model/pattern/translate.ts";
import { foldNestedQuantifiers } from "../../../../../runtime/validation/nested-quantifiers.ts";
import { boundedRegExp, patternEngine } from "../../../../../runtime/validation/regexp/bounded-regexp.ts";
const [java, input, mode] = JSON.parse(process.argv[2]!);
const ecma = translateJavaPattern(java).ecmaScript;
const re = mode === "native" ? new RegExp(ecma, "u") : mode === "folded" ? new RegExp(foldNestedQuantifiers(ecma), "u") : boundedRegExp(ecma, "u");
const t = performance.now();
const r = re.test(input);
console.log(JSON.stringify({ java, mode, len: input.length, result: r, ms: +(performance.now() - t).toFixed(2), engine: patternEngine(foldNestedQuantifiers(ecma), "u").why }));
