import { isPlaceholder, PLACEHOLDER, placeholderPaths } from '../placeholders';
import { describePlace } from '../schema-check';
import { firstSentence, schemaAt } from '../schema-words';
import type { DocPath } from '../types';
import type { Rule, RuleReport } from './rule';

function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

/** What belongs at a place, from the schema's description of it. */
function whatGoesThere(path: DocPath): string {
  const about = firstSentence(schemaAt(path)?.description);
  if (about) return about;
  const key = [...path].reverse().find((s) => typeof s === 'string');
  return key ? `Write the ${key} here.` : 'Write the value here.';
}

function shown(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 48 ? `${one.slice(0, 47)}…` : one;
}

export const placeholder: Rule = {
  id: 'placeholder',
  description: `A placeholder (the word ${PLACEHOLDER}) is still where a value should be written`,
  defaultSeverity: 'error',
  tags: ['format', 'templates'],
  check(context) {
    const document = context.source.value;
    const reports: RuleReport[] = [];
    for (const path of placeholderPaths(document)) {
      const value = valueAt(document, path);
      if (!isPlaceholder(value)) continue;
      reports.push({
        path,
        message: `${cap(describePlace(path, document))} is still the placeholder "${shown(value)}". Write here: ${whatGoesThere(path)}`,
      });
    }
    return reports;
  },
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
