/**
 * A tiny element builder: text always goes in as text nodes, so nothing a service answers can
 * become markup.
 */
type Child = Node | string | null | undefined | false;

/** `el("p", { class: "status" }, "ACTIVE")` */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) node.setAttribute(name, "");
    else if (value !== false) node.setAttribute(name, value);
  }
  node.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return node;
}
