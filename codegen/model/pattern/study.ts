/**
 * Java's `TreeInfo` study of a tree: the shortest and longest match lengths, as `Pattern` computes
 * them with 32-bit integer arithmetic (overflows included), whether the longest is known, and
 * whether the tree is deterministic. Java needs it to reject a look-behind without "an obvious
 * maximum length" and to bound where a look-behind starts matching; both change which strings a
 * pattern accepts, so the translation computes exactly what Java computes.
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
}

const fresh = (): Info => ({ minLength: 0, maxLength: 0, maxValid: true, deterministic: true });

/** Studies `node` from a fresh `TreeInfo`. */
export function study(node: JavaNode): Study {
  const info = fresh();
  walk(node, info);
  return { ...info };
}

function walk(node: JavaNode, info: Info): void {
  switch (node.type) {
    case "chars":
    case "namedChar":
      info.minLength = (info.minLength + 1) | 0;
      info.maxLength = (info.maxLength + 1) | 0;
      return;
    case "seq":
      for (const item of node.items) walk(item, info);
      return;
    case "group":
    case "atomic":
      walk(node.body, info);
      return;
    case "look":
    case "assert":
      return;
    case "backref":
      info.maxValid = false;
      return;
    case "lineBreak":
      info.minLength = (info.minLength + 1) | 0;
      info.maxLength = (info.maxLength + 2) | 0;
      return;
    case "grapheme":
      info.minLength = (info.minLength + 1) | 0;
      info.deterministic = false;
      return;
    case "alt": {
      const { minLength: minL, maxLength: maxL } = info;
      let maxV = info.maxValid;
      let min2 = MAX_REPS;
      let max2 = -1;
      for (const option of node.options) {
        const o = fresh();
        walk(option, o);
        min2 = Math.min(min2, o.minLength);
        max2 = Math.max(max2, o.maxLength);
        maxV = maxV && o.maxValid;
      }
      info.minLength = (minL + min2) | 0;
      info.maxLength = (maxL + max2) | 0;
      info.maxValid = maxV;
      info.deterministic = false;
      return;
    }
    case "repeat":
      switch (node.javaKind) {
        case "ques": {
          const minL = info.minLength;
          walk(node.body, info);
          info.minLength = minL;
          info.deterministic = false;
          return;
        }
        case "charGreedy":
          info.minLength = (info.minLength + node.min) | 0;
          if (info.maxValid) info.maxLength = (info.maxLength + MAX_REPS) | 0;
          info.deterministic = false;
          return;
        case "loop":
          info.maxValid = false;
          info.deterministic = false;
          return;
        case "curly": {
          const { minLength: minL, maxLength: maxL, maxValid: maxV, deterministic: detm } = info;
          const b = fresh();
          walk(node.body, b);
          const cmax = node.max === Infinity ? MAX_REPS : node.max;
          let temp = (Math.imul(b.minLength, node.min) + minL) | 0;
          if (temp < minL) temp = 0xfffffff;
          info.minLength = temp;
          info.maxValid = b.maxValid;
          if (maxV && b.maxValid) {
            temp = (Math.imul(b.maxLength, cmax) + maxL) | 0;
            info.maxLength = temp;
            if (temp < maxL) info.maxValid = false;
          } else {
            info.maxLength = b.maxLength;
            info.maxValid = false;
          }
          info.deterministic = b.deterministic && node.min === cmax ? detm : false;
          return;
        }
      }
  }
}
