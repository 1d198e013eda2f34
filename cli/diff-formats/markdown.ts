// The variation for the Panel's papers: a summary, then a table per objective.
import { describeChange, isConcern, type PlanDiff } from '../../core/diff/index';
import { markdownCell, markdownCode } from '../../core/present/escape';
import { countChanges, groupChanges, type DiffFormatOptions } from './groups';

export function formatDiffMarkdown(diff: PlanDiff, options: DiffFormatOptions): string {
  const out: string[] = [];
  const title = (side: PlanDiff['old'], file: string) => markdownCell(`${side.title ?? side.id ?? file}${side.version ? ` (${side.version})` : ''}`);
  out.push(`# Variation of the Police and Crime Plan`, '');
  out.push(`From **${title(diff.old, options.oldFile)}** (${markdownCode(options.oldFile)}) to **${title(diff.new, options.newFile)}** (${markdownCode(options.newFile)}).`, '');
  if (diff.changes.length === 0) {
    out.push('No changes to objectives, measures or targets.');
    return out.join('\n') + '\n';
  }
  const n = countChanges(diff);
  out.push(`${n.total} change${n.total === 1 ? '' : 's'}: ${n.tightened} target${n.tightened === 1 ? '' : 's'} tightened, ${n.loosened} loosened; ${n.added} objective${n.added === 1 ? '' : 's'} or measure${n.added === 1 ? '' : 's'} added, ${n.removed} removed.`);
  const concerns = diff.changes.filter(isConcern);
  if (concerns.length > 0) {
    out.push('', '## For the Panel\'s attention', '');
    for (const c of concerns) {
      const where = [c.objective, c.measure].filter((x) => x !== null).join(' / ');
      out.push(`- ${where ? `**${markdownCell(where)}**: ` : ''}${markdownCell(describeChange(c))}`);
    }
  }
  for (const group of groupChanges(diff)) {
    out.push('', group.objective === null ? '## The plan' : `## ${markdownCell(group.objective)}: ${markdownCell(group.title)}`, '');
    out.push('| Measure | Change |', '| --- | --- |');
    for (const c of group.changes) out.push(`| | ${markdownCell(describeChange(c))} |`);
    for (const m of group.measures) {
      m.changes.forEach((c, i) => out.push(`| ${i === 0 ? `${markdownCell(m.measure)} ${markdownCell(m.title)}` : ''} | ${markdownCell(describeChange(c))} |`));
    }
  }
  return out.join('\n') + '\n';
}
