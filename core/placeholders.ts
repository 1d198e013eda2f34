// The one placeholder convention: the word TODO where a value still has to be written. Quick fixes,
// `init` and the templates write it; the placeholder rule reports any left in a plan.
import type { DocPath } from './types';

export const PLACEHOLDER = 'TODO';

const word = /\bTODO\b/;

/** Whether a value is (or contains) the placeholder. */
export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && word.test(value);
}

/** A placeholder with a hint of what goes there: "TODO why a target would distort priorities here". */
export function placeholder(hint?: string): string {
  return hint ? `${PLACEHOLDER} ${hint}` : PLACEHOLDER;
}

/** Every place in a parsed document whose value is a placeholder, in document order. */
export function placeholderPaths(value: unknown, limit = 10_000): DocPath[] {
  const out: DocPath[] = [];
  const at: DocPath = []; // the path being walked, copied only where a placeholder is found
  const walk = (node: unknown) => {
    if (out.length >= limit || at.length > 64) return;
    if (typeof node === 'string') {
      if (word.test(node)) out.push([...at]);
    } else if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        at.push(i);
        walk(node[i]);
        at.pop();
      }
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        at.push(key);
        walk((node as Record<string, unknown>)[key]);
        at.pop();
      }
    }
  };
  walk(value);
  return out;
}

/** Whether `path` is one of `paths` or lies beneath one. */
export function within(path: DocPath, paths: DocPath[]): boolean {
  return paths.some((p) => p.length <= path.length && p.every((s, i) => s === path[i]));
}
