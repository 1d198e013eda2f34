// The complete reader on the `yaml` library: every syntax error with its place, and the node ranges
// that comments-preserving edits rely on. core/source.ts uses it when the fast reader declines a text.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, Parser, visit, type Document, type Node } from 'yaml';
import type { DocPath } from './types';
import { aliasMessage, defaultLimits, depthMessage, positionFinder, type Anchor, type BlockInfo, type Located, type SourceDocument, type SourceLimits, type SourceProblem } from './source-shared';

const syntaxHelp: Record<string, string> = {
  DUPLICATE_KEY: 'this key appears twice in the same block: keep one and delete or rename the other',
  TAB_AS_INDENT: 'a tab is used for indentation: indent with spaces only',
  BAD_INDENT: 'the indentation does not line up: indent child keys by the same number of spaces under their parent',
  MULTILINE_IMPLICIT_KEY: 'a key must be on one line and be followed by a colon and a space, e.g. "title: Reduce crime"',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  UNEXPECTED_TOKEN: 'unexpected text here: check for a missing colon, a stray character or unbalanced quotes',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be used as a key: put the key on its own line followed by a colon',
  BAD_ALIAS: 'an alias (*name) must refer to an anchor (&name) defined earlier in the file',
  BAD_SCALAR_START: 'a value cannot start with this character: put the value in quotes',
  TAG_RESOLVE_FAILED: 'a tag (!!int, !!binary, !name) is not something a plan uses: delete it and write the value as it is',
  BAD_DIRECTIVE: 'a line starting with % is a YAML directive, which a plan does not use: delete it',
};

/** Problems whose own wording (library advice, or a limit of its own) would only confuse an officer. */
const ownWords: Record<string, (limits: SourceLimits) => string> = {
  MULTIPLE_DOCS: () => 'The file holds more than one YAML document (a line "---" starts another): keep one plan per file, and delete the "---" line and what follows it or move them to a file of their own',
  RESOURCE_EXHAUSTION: (limits) => depthMessage(limits.maxDepth),
};

/** Our advice for the problems we know; the library's own words only for the rest. */
function describeYamlError(code: string, message: string): string {
  const help = syntaxHelp[code];
  if (help) return `YAML syntax: ${help}`;
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `YAML syntax: ${first}. Check the line for a missing colon, quote or bracket`;
}

const closers: Record<string, string> = { '[': ']', '{': '}' };

function quoteClosed(source: string): boolean {
  const q = source[0];
  if (source.length < 2 || !source.endsWith(q)) return false;
  let i = source.length - 2;
  let run = 0;
  if (q === '"') {
    while (i >= 1 && source[i] === '\\') (run++, i--);
    return run % 2 === 0; // an escaped quote does not close
  }
  while (i >= 1 && source[i] === "'") (run++, i--);
  return run % 2 === 0; // '' inside single quotes is a quote, not the end
}

/**
 * Every quote or bracket that opens and is never closed, in the order they open, from the library's
 * syntax tree (built once per file): the library reports such a problem where it gave up (often
 * the end of the file), while the officer needs the place where the quote or bracket was opened.
 */
function unclosedOpeners(text: string): { offset: number; char: string }[] {
  const found: { offset: number; char: string }[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 200) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    const token = node as { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: { source?: string }[] };
    let open: string | undefined;
    if (token.type === 'flow-collection' && token.start?.source && closers[token.start.source] && !(token.end ?? []).some((e) => e.source === closers[token.start!.source!])) open = token.start.source;
    if ((token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') && typeof token.source === 'string' && !quoteClosed(token.source)) open = token.source[0];
    if (open && typeof token.offset === 'number') found.push({ offset: token.offset, char: open });
    for (const [key, value] of Object.entries(token)) if (key !== 'source') walk(value, depth + 1);
  };
  try {
    for (const doc of new Parser().parse(text)) walk(doc, 0);
  } catch {
    return [];
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** The last of the openers before `before`. */
function openerBefore(openers: { offset: number; char: string }[], before: number): { offset: number; char: string } | undefined {
  let last: { offset: number; char: string } | undefined;
  for (const o of openers) {
    if (o.offset >= before) break;
    last = o;
  }
  return last;
}

function openerMessage(char: string): string {
  if (char === '"' || char === "'") return `YAML syntax: the ${char === '"' ? 'double' : 'single'} quote that opens here is never closed: add the closing ${char} where the text ends, or remove the quote`;
  const what = char === '[' ? 'list' : 'mapping';
  return `YAML syntax: the ${char} that opens this ${what} is never closed: add ${closers[char]} where the ${what} ends (a ${what} in brackets that runs over several lines must indent them under its key)`;
}

/** Whether the library's error is about a quote or bracket left open. */
function aboutAnOpener(code: string, message: string): boolean {
  return (code === 'MISSING_CHAR' && /closing/i.test(message)) || (code === 'BAD_INDENT' && /must be sufficiently indented and end with/.test(message));
}

function depthOf(node: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[node, 1]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (!isMap(n) && !isSeq(n)) continue;
    deepest = Math.max(deepest, d);
    if (deepest > limit) return deepest;
    for (const item of n.items as unknown[]) {
      if (isPair(item)) {
        stack.push([item.key, d + 1], [item.value, d + 1]);
      } else stack.push([item, d + 1]);
    }
  }
  return deepest;
}

function nodeSpan(node: Node | null | undefined): [number, number] | undefined {
  if (!node || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/** Where the alias *name (or, without a name, the first alias) is written, from the parsed document. */
function aliasAt(doc: Document, name: string | undefined): number {
  let at = Number.POSITIVE_INFINITY;
  visit(doc, {
    Alias(_key, node) {
      if ((name === undefined || node.source === name) && node.range && node.range[0] < at) at = node.range[0];
    },
  });
  return Number.isFinite(at) ? at : 0;
}

/** Reads text as one YAML document with the `yaml` library and maps paths to its node ranges. */
export function parseWithYaml(text: string, limits: SourceLimits = defaultLimits): SourceDocument {
  const positionAt = positionFinder(text);
  const problems: SourceProblem[] = [];
  // logLevel: the library would print a warning for a key that is a list or a mapping; the schema reports that key instead
  const doc: Document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' });
  let openers: { offset: number; char: string }[] | undefined;
  for (const e of [...doc.errors, ...doc.warnings]) {
    // the library may place an error at the end of a truncated text one past its last character
    let start = Math.min(Math.max(0, e.pos[0]), text.length);
    let end = Math.min(Math.max(e.pos[1], start), text.length);
    let message = ownWords[e.code]?.(limits) ?? describeYamlError(e.code, e.message);
    if (aboutAnOpener(e.code, e.message)) openers ??= unclosedOpeners(text);
    const opener = aboutAnOpener(e.code, e.message) ? openerBefore(openers ?? [], Math.max(start, 1)) : undefined;
    if (opener) {
      start = opener.offset;
      end = Math.min(text.length, opener.offset + 1);
      message = openerMessage(opener.char);
    }
    if (problems.some((p) => p.message === message && p.start === start)) continue;
    problems.push({ rule: 'syntax', message, start, end });
  }

  let value: unknown = undefined;
  const tooDeep = depthOf(doc.contents, limits.maxDepth) > limits.maxDepth;
  if (tooDeep && problems.some((p) => p.message === depthMessage(limits.maxDepth))) {
    // already said where the library gave up
  } else if (tooDeep) {
    problems.push({
      rule: 'syntax',
      message: depthMessage(limits.maxDepth),
      start: 0,
      end: Math.min(text.length, 1),
    });
  } else if (doc.errors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliases });
    } catch (error) {
      const unresolved = error instanceof ReferenceError ? /Unresolved alias[^:]*:\s*(\S+)/.exec(error.message)?.[1] : undefined;
      const at = aliasAt(doc, unresolved);
      problems.push({
        rule: 'syntax',
        message: unresolved
          ? `The alias *${unresolved} refers to no anchor: write the value out, or mark the value it repeats with "&${unresolved}" above this line`
          : aliasMessage(limits.maxAliases),
        start: at,
        end: Math.min(text.length, at + 1 + (unresolved?.length ?? 0)),
      });
    }
  }

  function resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(doc) : node;
  }

  function locate(path: DocPath, anchor: Anchor = 'value'): Located {
    let node: unknown = doc.contents;
    let span = nodeSpan(doc.contents as Node) ?? [0, 0];
    const found: DocPath = [];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      const current = resolve(node);
      let next: unknown = undefined;
      let keySpan: [number, number] | undefined;
      if (isMap(current)) {
        const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (pair) {
          next = pair.value;
          keySpan = nodeSpan(pair.key as Node);
        }
      } else if (isSeq(current) && typeof seg === 'number') {
        next = current.items[seg];
      }
      if (next === undefined && keySpan === undefined) break;
      found.push(seg);
      const last = i === path.length - 1;
      const valueSpan = nodeSpan(next as Node);
      span = last && anchor === 'key' && keySpan ? keySpan : valueSpan ?? keySpan ?? span;
      node = next;
    }
    return { path: found, start: span[0], end: span[1] };
  }

  function block(path: DocPath): BlockInfo | undefined {
    const at = locate(path);
    if (at.path.length !== path.length) return undefined;
    let node: unknown = doc.contents;
    for (const seg of path) {
      const current = resolve(node);
      if (isMap(current)) node = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))?.value;
      else if (isSeq(current)) node = current.items[seg as number];
      else return undefined;
    }
    node = resolve(node);
    if (!(isMap(node) || isSeq(node)) || node.flow || !node.range) return undefined;
    const start = node.range[0];
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const keys = isMap(node) ? node.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
    return { kind: isMap(node) ? 'mapping' : 'sequence', indent: start - lineStart, start, end: node.range[1], keys };
  }

  return {
    text,
    value,
    block,
    problems,
    locate,
    positionAt,
    rangeOf: (start, end) => ({ start: positionAt(start), end: positionAt(end) }),
  };
}
