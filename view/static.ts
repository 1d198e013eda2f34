// The scorecard as markup, for the report file: the same renderer as the browser's, run over a
// small document that writes HTML. A reader without scripts (an email preview, a locked-down
// browser, a converter to PDF) then sees the tables, evidence, commentary and findings, with each
// chart described in words; with scripts, the page draws the charts over it.
import type { ModelInput } from '../core/report/model';
import { escapeHtml } from '../core/present/escape';
import { renderInto } from './render';

class TextNode {
  parentElement: ElementNode | null = null;
  constructor(
    readonly ownerDocument: MarkupDocument,
    readonly data: string,
  ) {}
  get textContent(): string {
    return this.data;
  }
  html(): string {
    return escapeHtml(this.data);
  }
}

class ElementNode {
  parentElement: ElementNode | null = null;
  readonly childNodes: (ElementNode | TextNode)[] = [];
  private readonly attributes = new Map<string, string>();
  readonly classList = {
    add: (...names: string[]) => {
      const present = (this.attributes.get('class') ?? '').split(' ').filter(Boolean);
      this.attributes.set('class', [...present, ...names.filter((n) => !present.includes(n))].join(' '));
    },
  };
  constructor(
    readonly ownerDocument: MarkupDocument,
    readonly tagName: string,
  ) {}
  setAttribute(name: string, value: string): void {
    if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new Error(`not an attribute name: ${name}`);
    this.attributes.set(name.toLowerCase(), String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  appendChild<T extends ElementNode | TextNode>(child: T): T {
    child.parentElement = this;
    this.childNodes.push(child);
    return child;
  }
  append(...children: (ElementNode | TextNode | string)[]): void {
    for (const c of children) this.appendChild(typeof c === 'string' ? new TextNode(this.ownerDocument, c) : c);
  }
  replaceChildren(...children: (ElementNode | TextNode | string)[]): void {
    this.childNodes.length = 0;
    this.append(...children);
  }
  get childElementCount(): number {
    return this.childNodes.filter((c) => c instanceof ElementNode).length;
  }
  get textContent(): string {
    return this.childNodes.map((c) => c.textContent).join('');
  }
  /** Static markup has nothing to click. */
  addEventListener(): void {}
  innerHtml(): string {
    return this.childNodes.map((c) => c.html()).join('');
  }
  html(): string {
    const attributes = [...this.attributes].map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeHtml(v)}"`)).join('');
    return `<${this.tagName}${attributes}>${this.innerHtml()}</${this.tagName}>`;
  }
}

class MarkupDocument {
  readonly defaultView = null;
  createElement(tag: string): ElementNode {
    if (!/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`not a tag name: ${tag}`);
    return new ElementNode(this, tag);
  }
  createTextNode(text: string): TextNode {
    return new TextNode(this, text);
  }
}

/** The scorecard's markup, charts as their text descriptions; what goes inside the report's root. */
export function staticMarkup(input: ModelInput): string {
  const doc = new MarkupDocument();
  const root = doc.createElement('main');
  renderInto(root as unknown as HTMLElement, input, { charts: false, interactive: false });
  return root.innerHtml();
}
