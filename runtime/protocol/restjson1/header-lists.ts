/**
 * Lists in one HTTP header: items joined with `, `; a string item holding a comma or a double
 * quote is written as a quoted string (RFC 9110 §5.6.4, `\` escaping `"` and `\`). An http-date
 * holds a comma of its own (`Mon, 16 Dec 2019 23:48:18 GMT`) and is never quoted: a list of them
 * splits at every second comma.
 *
 * @see https://smithy.io/2.0/spec/http-bindings.html#httpheader-serialization-rules
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.4
 */

/**
 * The items of a header list; undefined when a quoted string is not closed or an http-date list
 * has an odd number of commas. The empty value is the empty list.
 *
 * @example splitHeaderList('"b,c", "\\"def\\"", a') // ["b,c", "\"def\"", "a"]
 * @example splitHeaderList("Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT", { httpDates: true }) // two dates
 */
export function splitHeaderList(value: string, options: { readonly httpDates?: boolean } = {}): string[] | undefined {
  if (value.trim() === "") return [];
  if (options.httpDates === true) {
    const parts = value.split(",");
    if (parts.length % 2 !== 0) return undefined;
    const items: string[] = [];
    for (let i = 0; i < parts.length; i += 2) items.push(`${parts[i]!},${parts[i + 1]!}`.trim());
    return items;
  }
  const items: string[] = [];
  let i = 0;
  for (;;) {
    while (i < value.length && (value[i] === " " || value[i] === "\t")) i++;
    let item = "";
    if (value[i] === '"') {
      i++;
      let closed = false;
      while (i < value.length) {
        const c = value[i]!;
        if (c === "\\" && i + 1 < value.length) {
          item += value[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          item += c;
          i++;
        }
      }
      if (!closed) return undefined;
      while (i < value.length && (value[i] === " " || value[i] === "\t")) i++;
      if (i < value.length && value[i] !== ",") return undefined;
    } else {
      const comma = value.indexOf(",", i);
      const end = comma < 0 ? value.length : comma;
      item = value.slice(i, end).trim();
      i = end;
    }
    items.push(item);
    if (i >= value.length) return items;
    i++; // the comma
  }
}

/**
 * One header value for `items`; string items that need it are quoted (`quote`: the items are
 * strings, not http-dates or numbers): those holding a comma or a double quote, with spaces at
 * either end, and the empty string (a lone empty item would otherwise read as the empty list).
 *
 * @example joinHeaderList(["b,c", '"def"', "a"], { quote: true }) // '"b,c", "\"def\"", a'
 * @example joinHeaderList([""], { quote: true }) // '""'
 */
export function joinHeaderList(items: readonly string[], options: { readonly quote: boolean }): string {
  return items.map((item) => (options.quote && /[,"]|^\s|\s$|^$/.test(item) ? `"${item.replace(/[\\"]/g, "\\$&")}"` : item)).join(", ");
}
