// Minimal text edits over a plan's source: a quick fix or an import changes only the lines it
// must, so comments, quoting and layout survive.
import type { SourceDocument } from './source';
import type { DocPath, TextEdit } from './types';

function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The offset just after the line on which `offset - 1` lies (or the end of the text). */
function afterLine(text: string, end: number): { at: number; needsBreak: boolean } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, needsBreak: false };
  const next = text.indexOf('\n', end);
  return next === -1 ? { at: text.length, needsBreak: true } : { at: next + 1, needsBreak: false };
}

/**
 * Adds `key: ...` as the last entry of the block mapping at `path`. `lines` is the YAML for the
 * entry without indentation: its first line starts with the key, later lines are indented
 * relative to it. Returns undefined where the mapping is in flow style or missing.
 */
export function addKeyEdit(source: SourceDocument, path: DocPath, lines: string[]): TextEdit | undefined {
  const block = source.block(path);
  if (!block || block.kind !== 'mapping') return undefined;
  const text = source.text;
  const nl = lineBreak(text);
  const pad = ' '.repeat(block.indent);
  const { at, needsBreak } = afterLine(text, block.end);
  const body = lines.map((l) => pad + l).join(nl) + nl;
  return { start: at, end: at, text: (needsBreak ? nl : '') + body };
}

/** Replaces the scalar value at `path` with `value` (already YAML), keeping the key and any comment. */
export function replaceValueEdit(source: SourceDocument, path: DocPath, value: string): TextEdit | undefined {
  const at = source.locate(path, 'value');
  if (at.path.length !== path.length) return undefined;
  return { start: at.start, end: at.end, text: value };
}

/** Applies edits (non-overlapping) to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Quotes a string for YAML when it would not read back as the same plain string. */
export function yamlString(value: string): string {
  const plain = /^[A-Za-z][A-Za-z0-9 ._()/-]*$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value) && !/\s$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/**
 * Adds `key: value` to the mapping at `path`, whether it is written as a block or in flow style
 * (`{value: 41800}`): only the new entry is inserted, so comments and layout stay as they are.
 */
export function addEntryEdit(source: SourceDocument, path: DocPath, key: string, value: string): TextEdit | undefined {
  const block = addKeyEdit(source, path, [`${key}: ${value}`]);
  if (block) return block;
  const at = source.locate(path, 'value');
  if (at.path.length !== path.length) return undefined;
  const text = source.text;
  if (text[at.start] !== '{' || text[at.end - 1] !== '}') return undefined;
  let last = at.end - 2;
  while (last > at.start && /\s/.test(text[last])) last--;
  if (last === at.start) return { start: at.start + 1, end: at.start + 1, text: `${key}: ${value}` };
  const sep = text[last] === ',' ? ' ' : ', ';
  return { start: last + 1, end: last + 1, text: `${sep}${key}: ${value}` };
}

/** Appends an item to the block sequence at `path`, at the indentation of its dashes. */
export function appendItemEdit(source: SourceDocument, path: DocPath, item: string): TextEdit | undefined {
  const block = source.block(path);
  if (!block || block.kind !== 'sequence') return undefined;
  const text = source.text;
  const nl = text.includes('\r\n') ? '\r\n' : '\n';
  let at = block.end;
  let lead = '';
  if (!(at > 0 && text[at - 1] === '\n')) {
    const next = text.indexOf('\n', at);
    if (next === -1) {
      at = text.length;
      lead = nl;
    } else at = next + 1;
  }
  return { start: at, end: at, text: `${lead}${' '.repeat(block.indent)}- ${item}${nl}` };
}
