// The scorecard's lines beneath a measure for its comparisons (DESIGN §4.1): its place in the Most
// Similar Group, and with --areas one line per local area. The words are the core's.
import { areaLines, msgLine } from '../../core/present/index';
import type { MeasureResult } from '../../core/results';
import type { Palette } from '../formatters/ansi';
import { oneLine, truncate } from './text';

/** Lines indented by `indent` columns under the measure's title; none when there is nothing to compare. */
export function comparisonLines(measure: MeasureResult, indent: number, width: number, areas: boolean, p: Palette): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const msg = msgLine(measure);
  if (msg) lines.push(pad + p.dim(truncate(msg, width - indent)));
  if (areas) for (const line of areaLines(measure)) lines.push(pad + truncate(oneLine(line), width - indent));
  return lines;
}
