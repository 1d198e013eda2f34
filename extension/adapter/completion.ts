// Completion of our own, from the plan schema, for editors without the YAML extension: the keys a
// mapping may hold (with their descriptions), the words a key allows, and snippets for a new
// objective and a new measure of each type. The place in the plan is read from the lines above the
// cursor by their indentation, so it works while the file is half written. No editor API here.
import { PLACEHOLDER } from '../../core/placeholders';
import { firstSentence, keysAt, schemaAt } from '../../core/schema-words';
import type { DocPath } from '../../core/types';

export interface CompletionData {
  label: string;
  kind: 'key' | 'value' | 'snippet';
  /** Text to insert; snippets use VS Code's snippet syntax (${1:...}). */
  insert: string;
  detail?: string;
  documentation?: string;
}

interface Line {
  indent: number;
  /** A list item's dash at `indent`, its content two columns further. */
  dash: boolean;
  key?: string;
  /** Whether the key's value continues on the next lines (nothing after the colon). */
  opens: boolean;
}

function read(line: string): Line | undefined {
  const m = /^(\s*)(-\s+)?(?:([A-Za-z][\w-]*)\s*:(?:\s+|$)(.*))?$/.exec(line.replace(/\s+#.*$/, ''));
  if (!m || (!m[2] && !m[3])) return undefined;
  return { indent: m[1].length, dash: Boolean(m[2]), key: m[3], opens: m[3] !== undefined && (m[4] ?? '').trim() === '' };
}

/** The path of the mapping the text at `column` of line `row` belongs to, and the keys already in it. */
export function placeAt(lines: string[], row: number, column: number): { path: DocPath; siblings: Set<string> } {
  const path: DocPath = [];
  const siblings = new Set<string>();
  let col = column;
  let inItem = false; // the mapping found so far is a list item: its list's key may sit at the dash's column
  let own = true; // still in the mapping the cursor is in
  for (let i = row - 1; i >= 0 && !(col === 0 && path.length > 0 && !inItem); i--) {
    const l = read(lines[i]);
    if (!l) continue;
    const content = l.dash ? l.indent + 2 : l.indent;
    if (own && l.key && content === col && (!l.dash || l.indent < col)) siblings.add(l.key);
    if (l.dash && l.indent < col && content === col) {
      path.unshift(0);
      col = l.indent;
      inItem = true;
      own = false;
    } else if (l.key && l.opens && (l.indent < col || (inItem && l.indent === col && !l.dash))) {
      path.unshift(l.key);
      if (l.dash) path.unshift(0);
      col = l.indent;
      inItem = l.dash;
      own = false;
    }
  }
  return { path, siblings };
}

function keyCompletions(path: DocPath, siblings: Set<string>): CompletionData[] {
  return keysAt(path)
    .filter((k) => !siblings.has(k.key))
    .map((k) => ({
      label: k.key,
      kind: 'key' as const,
      insert: `${k.key}: `,
      detail: k.required ? 'required' : undefined,
      documentation: k.schema.markdownDescription ?? k.schema.description,
    }));
}

function valueCompletions(path: DocPath): CompletionData[] {
  const s = schemaAt(path);
  return (s?.enum ?? []).filter((v): v is string => typeof v === 'string').map((v) => ({ label: v, kind: 'value' as const, insert: v, documentation: firstSentence(s?.description) }));
}

const measureTypes = ['count', 'proportion', 'rate', 'value', 'qualitative'] as const;

function measureSnippet(type: (typeof measureTypes)[number]): string {
  const head = ['- id: ${1:O1.1}', `  title: \${2:${PLACEHOLDER} what is measured}`, '  tier: ${3|high-level,detailed|}', `  type: ${type}`];
  if (type === 'qualitative') return [...head, '  frequency: ${4|quarterly,monthly,annual|}', '  evidence:', `    - {date: \${5:${PLACEHOLDER}}, summary: \${6:${PLACEHOLDER} what was found}, assessment: \${7|on-track,at-risk,off-track|}}`].join('\n');
  const unit = type === 'proportion' ? [] : [`  unit: \${5:${type === 'count' ? 'crimes' : PLACEHOLDER}}`];
  return [
    ...head,
    '  better: ${4|lower,higher|}',
    ...unit,
    '  frequency: ${6|monthly,quarterly,annual|}',
    `  baseline: {period: \${7:${PLACEHOLDER}}, value: \${8:${PLACEHOLDER}}}`,
    `  target: {value: \${9:${PLACEHOLDER}}, by: \${10:${PLACEHOLDER}}}`,
    '  data:',
    `    - {period: \${11:${PLACEHOLDER}}, value: \${12:${PLACEHOLDER}}${type === 'proportion' ? `, sample: \${13:${PLACEHOLDER}}` : ''}}`,
  ].join('\n');
}

const objectiveSnippet = [
  '- id: ${1:O1}',
  `  title: \${2:${PLACEHOLDER} the objective in a few words}`,
  `  partners: [\${3:${PLACEHOLDER} the partners who share it}]`,
  `  due: \${4:${PLACEHOLDER}}`,
  '  measures:',
  '    - id: ${5:O1.1}',
  `      title: \${6:${PLACEHOLDER} what is measured}`,
  '      tier: high-level',
  '      type: ${7|count,proportion,rate,value|}',
  '      better: ${8|lower,higher|}',
  `      baseline: {period: \${9:${PLACEHOLDER}}, value: \${10:${PLACEHOLDER}}}`,
  `      target: {value: \${11:${PLACEHOLDER}}, by: \${12:${PLACEHOLDER}}}`,
].join('\n');

function snippets(list: string): CompletionData[] {
  if (list === 'objectives') return [{ label: 'New objective', kind: 'snippet', insert: objectiveSnippet, detail: 'An objective with a high-level measure, its target and baseline to fill in' }];
  if (list === 'measures') return measureTypes.map((t) => ({ label: `New ${t} measure`, kind: 'snippet' as const, insert: measureSnippet(t), detail: firstSentence(schemaAt(['objectives', 0, 'measures', 0, 'type'])?.description) }));
  return [];
}

/** What to offer at a position (0-based line and character) of a plan's text. */
export function completionsAt(text: string, line: number, character: number): CompletionData[] {
  const lines = text.split(/\r\n|\r|\n/);
  const before = (lines[line] ?? '').slice(0, character);
  const value = /^(\s*)(-\s+)?([A-Za-z][\w-]*):\s+([\w-]*)$/.exec(before);
  if (value) {
    const column = value[1].length + (value[2]?.length ?? 0);
    const { path } = placeAt(lines, line, column);
    return valueCompletions([...path, value[3]]);
  }
  const key = /^(\s*)(-\s+)?([A-Za-z][\w-]*)?$/.exec(before);
  if (!key) return [];
  const out: CompletionData[] = [];
  if (key[2]) {
    // a new list item: its first key, and snippets for a new entry of the list the dash is in
    const place = placeAt(lines, line, key[1].length);
    const list = place.path.at(-1);
    out.push(...keyCompletions([...place.path, 0], new Set()));
    if (typeof list === 'string') out.push(...snippets(list));
    return out;
  }
  const place = placeAt(lines, line, key[1].length);
  out.push(...keyCompletions(place.path, place.siblings));
  // on an empty line just under "objectives:" or "measures:"
  const list = place.path.at(-1);
  if (typeof list === 'string' && schemaAt(place.path)?.items) {
    out.length = 0;
    out.push(...snippets(list));
  }
  return out;
}
