// Stage 1 of a check: the plan's text read as YAML; a file over the size limit is not read at all.
import { parseSource, type SourceDocument, type SourceLimits } from '../source';
import type { Finding } from '../types';
import { sizeText } from './shared';

export interface ReadOptions {
  /** Files larger than this many characters are refused with a finding. */
  maxSize: number;
  limits: SourceLimits;
}

/** The document and its syntax findings; with any finding there is no plan to go on with. */
export function readPlanText(text: string, file: string, { maxSize, limits }: ReadOptions): { source: SourceDocument; findings: Finding[] } {
  if (text.length > maxSize) {
    const message = `The file is ${sizeText(text.length)}, over the ${sizeText(maxSize)} limit: split the plan or keep its figures in CSV files beside it`;
    const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return { source: parseSource(''), findings: [{ rule: 'syntax', severity: 'error', message, file, path: [], range: at, offsets: { start: 0, end: 0 } }] };
  }
  const source = parseSource(text, limits);
  const findings: Finding[] = source.problems.map((p) => ({ rule: 'syntax', severity: 'error', message: p.message, file, path: [], range: source.rangeOf(p.start, p.end), offsets: { start: p.start, end: p.end } }));
  return { source, findings };
}
