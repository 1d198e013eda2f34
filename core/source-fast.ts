// The fast reader: js-yaml builds the value while its node listener records where each node is
// written (core/source-fast-record.ts); ranges are drawn from those offsets only when a finding or
// an editor feature asks (core/source-fast-locate.ts), exactly as the `yaml` library reports them.
// It declines (returns undefined) whenever the text is not plainly well-formed or uses a rare shape
// (tags, directives, non-text keys, several documents, explicit keys): the complete reader in
// core/source-yaml.ts then reads it, so every error is still reported.
import jsyaml from 'js-yaml';
import { aliasMessage, depthMessage, type SourceDocument, type SourceLimits, type SourceProblem } from './source-shared';
import { fastDocument } from './source-fast-locate';
import { NodeTable } from './source-fast-nodes';
import { nodeRecorder } from './source-fast-record';
import { coreSchema } from './source-fast-schema';
import { aliasCopies, checkIndented } from './source-fast-structure';

/** Whether a line starts with '%' (as /^%/m, without a pattern's pass over the whole text). */
function startsLineWithPercent(text: string): boolean {
  return text.charCodeAt(0) === 37 || text.includes('\n%') || text.includes('\r%') || text.includes('\u2028%') || text.includes('\u2029%');
}

/** Returns undefined when the text should be read by the complete reader. */
export function parseFast(text: string, limits: SourceLimits): SourceDocument | undefined {
  if (startsLineWithPercent(text)) return undefined; // directives may change the schema
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // about one node for every 8 characters of a plan
  const table = new NodeTable(text.length >> 3);
  const recorder = nodeRecorder(text, shift, table);
  let value: unknown;
  let top: number;
  let deepest: number;
  try {
    const options = {
      schema: coreSchema,
      // js-yaml's own bound on nesting (it counts keys and values too); the limit itself is checked below
      maxDepth: limits.maxDepth * 2 + 4,
      listener: recorder.listener,
    };
    value = jsyaml.load(text, options as unknown as jsyaml.LoadOptions);
    const topNodes = recorder.topNodes();
    if (topNodes.length !== 1 || value === null || value === undefined) return undefined;
    top = topNodes[0].id;
    deepest = topNodes[0].height;
    checkIndented(table, text, top, -1);
  } catch {
    // a shape the fast reader does not range, or an error: the complete reader says what it is
    return undefined;
  }

  const problems: SourceProblem[] = [];
  if (deepest > limits.maxDepth) {
    problems.push({ rule: 'syntax', message: depthMessage(limits.maxDepth), start: 0, end: Math.min(text.length, 1) });
    value = undefined;
  } else {
    const aliases = aliasCopies(table, top, recorder.anchorWeights);
    if (aliases.copies > limits.maxAliases) {
      problems.push({ rule: 'syntax', message: aliasMessage(limits.maxAliases), start: aliases.firstAt, end: Math.min(text.length, aliases.firstAt + 1) });
      value = undefined;
    }
  }
  return fastDocument(text, value, problems, table, top);
}
