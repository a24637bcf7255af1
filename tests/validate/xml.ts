/**
 * A small, strict XML 1.0 reader for tests of the JUnit report (no XML package is installed):
 * enough of the grammar to reject what a careless writer produces (unbalanced or crossed tags,
 * unquoted or repeated attributes, a bare `<` or `&`, unknown entities, characters XML cannot
 * carry, text outside the root) and to give back the element tree with entities decoded.
 * No DTDs, CDATA, comments or processing instructions other than the XML declaration.
 */

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (children's text not included), decoded. */
  text: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*/;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Parses `xml`, throwing an Error that names the offset of the first thing wrong. */
export function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed XML at offset ${i}: ${why} (near ${JSON.stringify(xml.slice(i, i + 30))})`);
  };
  for (const ch of xml) {
    const c = ch.codePointAt(0)!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      fail(`character U+${c.toString(16)} is not allowed in XML 1.0`);
    }
  }
  const decode = (raw: string): string =>
    raw.replace(/&([^;]*);|&|</g, (m, ref: string | undefined) => {
      if (m === "<") return fail("bare < in text");
      if (ref === undefined) return fail("bare & (not an entity reference)");
      if (ref.startsWith("#x") && /^#x[0-9a-fA-F]+$/.test(ref)) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith("#") && /^#[0-9]+$/.test(ref)) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const e = ENTITIES[ref];
      return e ?? fail(`unknown entity &${ref};`);
    });
  const skipSpace = () => {
    while (i < xml.length && /\s/.test(xml[i]!)) i++;
  };

  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) fail("unterminated XML declaration");
    i = end + 2;
  }
  skipSpace();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (i < xml.length) {
    if (xml[i] !== "<") {
      const next = xml.indexOf("<", i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      const top = stack.at(-1);
      if (top === undefined) {
        if (raw.trim() !== "") fail("text outside the root element");
      } else {
        top.text += decode(raw);
      }
      i = next < 0 ? xml.length : next;
      continue;
    }
    if (xml.startsWith("</", i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail("bad closing tag name");
      i += name.length;
      skipSpace();
      if (xml[i] !== ">") fail("closing tag not closed by >");
      i++;
      const open = stack.pop();
      if (open?.name !== name) fail(`</${name}> closes <${open?.name ?? "nothing"}>`);
      continue;
    }
    i++;
    const name = NAME.exec(xml.slice(i))?.[0] ?? fail("bad tag name");
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = i;
      skipSpace();
      if (xml.startsWith("/>", i) || xml[i] === ">") break;
      if (i === before) fail("attributes must be separated by white space");
      const attr = NAME.exec(xml.slice(i))?.[0] ?? fail("bad attribute name");
      i += attr.length;
      if (xml[i] !== "=") fail(`attribute ${attr} without =`);
      i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr} value not quoted`);
      const end = xml.indexOf(quote!, i + 1);
      if (end < 0) fail("unterminated attribute value");
      if (Object.hasOwn(attributes, attr)) fail(`attribute ${attr} repeated`);
      attributes[attr] = decode(xml.slice(i + 1, end));
      i = end + 1;
    }
    const element: XmlElement = { name, attributes, children: [], text: "" };
    const parent = stack.at(-1);
    if (parent !== undefined) parent.children.push(element);
    else if (root !== undefined) fail("a second root element");
    else root = element;
    if (xml.startsWith("/>", i)) {
      i += 2;
    } else {
      i++;
      stack.push(element);
    }
  }
  if (stack.length > 0) fail(`<${stack.at(-1)!.name}> is never closed`);
  return root ?? fail("no root element");
}
