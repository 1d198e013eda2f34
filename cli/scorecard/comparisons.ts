// The scorecard's lines beneath a measure for its comparisons (DESIGN §4.1): its place in the Most
// Similar Group, and with --areas one line per local area.
import { comparedFigureText, verdictShort, formatNumber, funnelViews, msgLine, ordinal, shortPosition } from '../../core/present/index';
import type { MeasureResult } from '../../core/results';
import type { Palette } from '../formatters/ansi';
import { oneLine, truncate } from './text';

/** Lines indented by `indent` columns under the measure's title; none when there is nothing to compare. */
export function comparisonLines(measure: MeasureResult, indent: number, width: number, areas: boolean, p: Palette): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const msg = msgLine(measure);
  if (msg) lines.push(pad + p.dim(truncate(msg, width - indent)));
  if (!areas) return lines;
  const view = funnelViews(measure).find((v) => v.kind === 'areas');
  if (!view) return lines;
  const ranked = view.units.filter((u) => u.rank !== null).length;
  view.units.forEach((u, i) => {
    const parts = [formatNumber(u.value, measure.type)];
    if (u.rate !== null) parts.push(comparedFigureText(view, u.rate, measure.type));
    parts.push(shortPosition(u.position));
    if (u.rank !== null) parts.push(`${ordinal(u.rank)} of ${ranked}`);
    const direction = measure.areas?.[i]?.direction;
    if (direction) parts.push(verdictShort(direction.verdict));
    lines.push(pad + truncate(`${oneLine(u.label)}: ${parts.join(', ')}`, width - indent));
  });
  return lines;
}
