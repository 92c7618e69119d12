/**
 * The one way the viewer builds DOM: elements from `createElement`, text from `textContent`.
 * Data from graph files and documents never reaches `innerHTML`, so a name like
 * `<img src=x onerror=…>` shows as those characters and runs nothing.
 */

type Child = Node | string | null | undefined | false;

/** Element properties `h` may set: plain attributes (strings) and `on*` listeners. */
export type Props = Record<string, string | number | boolean | EventListener | undefined>;

/** Creates `<tag>` with attributes/listeners from `props` and the given children (strings as text). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** The element with this id; throws when the page lacks it (a broken index.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: #${id} missing from index.html`);
  return element as T;
}
