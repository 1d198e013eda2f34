// The variation for the Panel's papers: a summary, then a table per objective.
import { describeChange, isConcern, type PlanDiff } from '../../core/diff/index';
import { countChanges, groupChanges, type DiffFormatOptions } from './groups';

/** Plan text in a Markdown table cell: no line breaks, pipes and markup characters escaped. */
export function cell(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]<>|#!~]/g, (c) => `\\${c}`)
    .trim();
}

export function formatDiffMarkdown(diff: PlanDiff, options: DiffFormatOptions): string {
  const out: string[] = [];
  const title = (side: PlanDiff['old'], file: string) => cell(`${side.title ?? side.id ?? file}${side.version ? ` (${side.version})` : ''}`);
  out.push(`# Variation of the Police and Crime Plan`, '');
  out.push(`From **${title(diff.old, options.oldFile)}** (\`${options.oldFile.replace(/`/g, '')}\`) to **${title(diff.new, options.newFile)}** (\`${options.newFile.replace(/`/g, '')}\`).`, '');
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
      out.push(`- ${where ? `**${cell(where)}**: ` : ''}${cell(describeChange(c))}`);
    }
  }
  for (const group of groupChanges(diff)) {
    out.push('', group.objective === null ? '## The plan' : `## ${cell(group.objective)}: ${cell(group.title)}`, '');
    out.push('| Measure | Change |', '| --- | --- |');
    for (const c of group.changes) out.push(`| | ${cell(describeChange(c))} |`);
    for (const m of group.measures) {
      m.changes.forEach((c, i) => out.push(`| ${i === 0 ? `${cell(m.measure)} ${cell(m.title)}` : ''} | ${cell(describeChange(c))} |`));
    }
  }
  return out.join('\n') + '\n';
}
