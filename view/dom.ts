// Building DOM without ever parsing markup: every string goes in as text, so plan text stays inert.

type Child = Node | string | null | undefined | false;

/** An element with a class, attributes and children. Attribute names are ours; values are set as text. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    // Event-handler and style attributes are never set from here (CSP forbids them and plan text must not reach them).
    if (/^on/i.test(name) || name.toLowerCase() === 'style') throw new Error(`refusing to set attribute ${name}`);
    node.setAttribute(name, value);
  }
  append(node, ...children);
  return node;
}

/** Control characters (a bell, an escape) have no place on a page or on paper: they are dropped; tabs and line breaks stay. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? parent.ownerDocument!.createTextNode(child.replace(controlCharacters, '')) : child);
  }
}

/** A DocPath as an attribute value: JSON, so that keys with dots or slashes survive. */
export function pathAttr(path: (string | number)[] | undefined): string | undefined {
  return path ? JSON.stringify(path) : undefined;
}
