/**
 * Java's `TreeInfo` study of a tree: the shortest and longest match lengths, as `Pattern` computes
 * them with 32-bit integer arithmetic (overflows included), whether the longest is known, and
 * whether the tree is deterministic. Java needs it to reject a look-behind without "an obvious
 * maximum length" and to bound where a look-behind starts matching; both change which strings a
 * pattern accepts, so the translation computes exactly what Java computes.
 *
 * Java studies its node graph along `next` links, and an alternation (`Branch`) studies whatever
 * follows it afresh before adding its own lengths; the walk below keeps the same order (a list of
 * the nodes still to come), since with overflowing arithmetic the order changes the answer.
 *
 * @see https://github.com/openjdk/jdk17u/blob/master/src/java.base/share/classes/java/util/regex/Pattern.java (TreeInfo, *.study)
 */
import type { JavaNode, Study } from "./ast.ts";

export const MAX_REPS = 0x7fffffff;

interface Info {
  minLength: number;
  maxLength: number;
  maxValid: boolean;
  deterministic: boolean;
  /** Some sum or product of `maxLength` wrapped around (Java does not notice). */
  overflowed: boolean;
}

const fresh = (): Info => ({ minLength: 0, maxLength: 0, maxValid: true, deterministic: true, overflowed: false });

/** `a + b` as a Java int; notes in `info` when it wrapped. */
function addMax(info: Info, a: number, b: number): number {
  const r = (a + b) | 0;
  if (r !== a + b) info.overflowed = true;
  return r;
}

/**
 * Studies `node` from a fresh `TreeInfo`.
 *
 * @example
 * study(parseJavaPattern("a*b*").root).maxLength // -2: 0x7fffffff + 0x7fffffff in Java's int
 */
export function study(node: JavaNode): Study {
  const info = fresh();
  run([node], info);
  return { ...info };
}

/** Studies `items` in order: what Java reaches from the first along `next`. */
function run(items: readonly JavaNode[], info: Info): void {
  for (let i = 0; i < items.length; i++) {
    const node = items[i]!;
    const rest = () => items.slice(i + 1);
    switch (node.type) {
      case "chars":
      case "namedChar":
        info.minLength = (info.minLength + 1) | 0;
        info.maxLength = addMax(info, info.maxLength, 1);
        break;
      case "seq":
        return run([...node.items, ...rest()], info);
      case "group":
        return run([node.body, ...rest()], info);
      case "atomic":
        run([node.body], info); // Ques(INDEPENDENT): its atom, then what follows
        break;
      case "look":
      case "assert":
        break;
      case "backref":
        info.maxValid = false;
        break;
      case "lineBreak":
        info.minLength = (info.minLength + 1) | 0;
        info.maxLength = addMax(info, info.maxLength, 2);
        break;
      case "grapheme":
        info.minLength = (info.minLength + 1) | 0;
        info.deterministic = false;
        break;
      case "alt":
        return branch(node.options, rest(), info);
      case "repeat":
        if (node.javaKind === "ques" && node.body.type === "group" && node.mode !== "possessive") {
          // A group with `?` or `??` becomes Branch(group, nothing).
          return branch([node.body, { type: "seq", items: [] }], rest(), info);
        }
        if (node.javaKind === "loop") {
          info.maxValid = false; // Loop.study stops here
          info.deterministic = false;
          return;
        }
        repeat(node, info);
        break;
    }
  }
}

/** Branch.study: each option alone, then what follows afresh, then the sums. */
function branch(options: readonly JavaNode[], rest: readonly JavaNode[], info: Info): void {
  let maxV = info.maxValid;
  let overflowed = info.overflowed;
  let minL2 = MAX_REPS;
  let maxL2 = -1;
  for (const option of options) {
    const o = fresh();
    run([option], o);
    minL2 = Math.min(minL2, o.minLength);
    maxL2 = Math.max(maxL2, o.maxLength);
    maxV = maxV && o.maxValid;
    overflowed ||= o.overflowed;
  }
  const minL = (info.minLength + minL2) | 0;
  const maxL = addMax(info, info.maxLength, maxL2);
  overflowed ||= info.overflowed;
  Object.assign(info, fresh());
  run(rest, info);
  info.minLength = (info.minLength + minL) | 0;
  info.maxLength = addMax(info, info.maxLength, maxL);
  info.maxValid = info.maxValid && maxV;
  info.overflowed ||= overflowed;
  info.deterministic = false;
}

function repeat(node: JavaNode & { type: "repeat" }, info: Info): void {
  switch (node.javaKind) {
    case "ques": {
      const minL = info.minLength;
      run([node.body], info);
      info.minLength = minL;
      info.deterministic = false;
      return;
    }
    case "charGreedy":
      info.minLength = (info.minLength + node.min) | 0;
      if (info.maxValid) info.maxLength = addMax(info, info.maxLength, MAX_REPS);
      info.deterministic = false;
      return;
    default: {
      // Curly and GroupCurly
      const { minLength: minL, maxLength: maxL, maxValid: maxV, deterministic: detm } = info;
      const b = fresh();
      run([node.body], b);
      info.overflowed ||= b.overflowed;
      const cmax = node.max === Infinity ? MAX_REPS : node.max;
      let temp = (Math.imul(b.minLength, node.min) + minL) | 0;
      if (temp < minL) temp = 0xfffffff;
      info.minLength = temp;
      info.maxLength = b.maxLength;
      info.maxValid = b.maxValid;
      if (maxV && b.maxValid) {
        const product = Math.imul(b.maxLength, cmax);
        if (product !== b.maxLength * cmax) info.overflowed = true;
        temp = addMax(info, product, maxL);
        info.maxLength = temp;
        if (temp < maxL) info.maxValid = false;
      } else {
        info.maxValid = false;
      }
      info.deterministic = b.deterministic && node.min === cmax ? detm : false;
    }
  }
}
