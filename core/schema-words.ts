// What the plan schema says about a place in a plan: the description of a key, its allowed words,
// the keys a mapping may hold. The placeholder rule says from it what to write, and the editor's
// own completion offers keys and values from it.
import schema from '../schema/plan.schema.json';
import type { DocPath } from './types';

export interface SchemaNode {
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  $ref?: string;
}

const root = schema as unknown as SchemaNode & { $defs: Record<string, SchemaNode> };

/** A schema node with its $ref followed; the node's own description wins over the definition's. */
function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace(/^#\/\$defs\//, '');
  const target = resolve(root.$defs[name]);
  return target ? { ...target, ...node, $ref: undefined, properties: target.properties, items: target.items } : node;
}

/** The branches a value may take (the node itself, its allOf, oneOf and anyOf parts). */
function branches(node: SchemaNode): SchemaNode[] {
  return [node, ...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])].map(resolve).filter((n): n is SchemaNode => n !== undefined);
}

/** The schema of a key's value: every branch that describes it merged, first description kept. */
function child(node: SchemaNode, segment: string | number): SchemaNode | undefined {
  const found: SchemaNode[] = [];
  for (const b of branches(node)) {
    const next = typeof segment === 'number' ? b.items : b.properties?.[segment];
    const r = resolve(next);
    if (r) found.push(r);
  }
  if (found.length === 0) return undefined;
  // the main definition carries the description; the oneOf branches only say which keys go together
  const described = found.find((n) => n.type !== undefined || n.$ref !== undefined || n.enum !== undefined || n.properties !== undefined) ?? found[0];
  return { ...found.reduce((a, b) => ({ ...b, ...a }), {} as SchemaNode), ...described };
}

/** The schema for a place in a plan, or undefined where the schema says nothing of it. */
export function schemaAt(path: DocPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    node = child(node, segment);
  }
  return node;
}

/** The keys a mapping at this place may hold, with their descriptions, in the schema's order. */
export function keysAt(path: DocPath): { key: string; schema: SchemaNode; required: boolean }[] {
  const node = schemaAt(path);
  if (!node) return [];
  const out = new Map<string, { key: string; schema: SchemaNode; required: boolean }>();
  const required = new Set(branches(node).flatMap((b) => b.required ?? []));
  for (const b of branches(node)) {
    for (const key of Object.keys(b.properties ?? {})) {
      const s = child(node, key);
      if (s && !out.has(key)) out.set(key, { key, schema: s, required: required.has(key) });
    }
  }
  return [...out.values()];
}

/** The first sentence of a description. */
export function firstSentence(text: string | undefined): string {
  if (!text) return '';
  const m = /^(.*?[.!?])(\s|$)/s.exec(text);
  return (m ? m[1] : text).replace(/\s+/g, ' ');
}
