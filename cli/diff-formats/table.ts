// The variation in the terminal: grouped by objective, loosened targets and removals marked.
import { describeChange, isConcern, type Change, type PlanDiff } from '../../core/diff/index';
import { palette, printable } from '../formatters/ansi';
import { countChanges, groupChanges, type DiffFormatOptions } from './groups';

function mark(change: Change): string {
  if (change.kind === 'target') return change.judgement === 'tightened' ? '▲' : change.judgement === 'loosened' ? '▼' : '•';
  if (change.kind.endsWith('-added') || change.kind === 'monitor-to-target') return '+';
  if (change.kind.endsWith('-removed')) return '-';
  return '•';
}

const oneLine = (s: string) => printable(s.replace(/[\r\n\t]+/g, ' '));

export function formatDiffTable(diff: PlanDiff, options: DiffFormatOptions): string {
  const p = palette(options.color);
  const paint = (change: Change, text: string) =>
    change.kind === 'target' && change.judgement === 'tightened' ? p.green(text) : isConcern(change) ? p.red(text) : change.kind.endsWith('-added') ? p.cyan(text) : text;
  const lines: string[] = [];
  const name = (side: PlanDiff['old'], file: string) => oneLine(`${side.title ?? side.id ?? file}${side.version ? ` (${side.version})` : ''}`);
  lines.push(p.bold(`${name(diff.old, options.oldFile)} → ${name(diff.new, options.newFile)}`));
  lines.push(p.dim(`${oneLine(options.oldFile)} → ${oneLine(options.newFile)}`));
  if (diff.changes.length === 0) {
    lines.push('', 'No changes to objectives, measures or targets.');
    return lines.join('\n') + '\n';
  }
  for (const group of groupChanges(diff)) {
    lines.push('');
    lines.push(p.bold(group.objective === null ? 'Plan' : oneLine(`${group.objective}  ${group.title}`)));
    for (const change of group.changes) lines.push(`  ${paint(change, `${mark(change)} ${oneLine(describeChange(change))}`)}`);
    for (const m of group.measures) {
      lines.push(`  ${p.underline(oneLine(m.measure))} ${oneLine(m.title)}`);
      for (const change of m.changes) lines.push(`    ${paint(change, `${mark(change)} ${oneLine(describeChange(change))}`)}`);
    }
  }
  const n = countChanges(diff);
  lines.push('');
  lines.push(
    p.dim(`${n.total} change${n.total === 1 ? '' : 's'}: ${n.tightened} target${n.tightened === 1 ? '' : 's'} tightened, ${n.loosened} loosened; ${n.added} added, ${n.removed} removed`),
  );
  return lines.join('\n') + '\n';
}
