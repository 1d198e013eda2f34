// The closing lines of a scorecard: how many findings there are and where to read them.
import type { Finding } from '../../core/types';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

/** "5 findings (1 error, 3 warnings, 1 info): run plan-score check for details", or "No findings." */
export function findingsSummary(findings: Pick<Finding, 'severity'>[]): string {
  if (findings.length === 0) return 'No findings.';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity]++;
  const parts = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
  return `${plural(findings.length, 'finding')} (${parts.join(', ')}): run plan-score check for details`;
}
