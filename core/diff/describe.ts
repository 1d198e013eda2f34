// One plain-English sentence per change, shared by every output format.
import type { Change, TargetText } from './types';

export function showValue(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(showValue).join(', ');
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${k} ${showValue(x)}`)
      .join(', ');
  }
  if (typeof v === 'string') return v;
  return String(v);
}

export function showTarget(t: TargetText): string {
  const parts: string[] = [];
  if (t.value !== undefined) parts.push(String(t.value));
  else if (t.change !== undefined) parts.push(`a change of ${t.change}`);
  if (t.by !== undefined) parts.push(`by ${t.by}`);
  if (t.tolerance !== undefined) parts.push(`tolerance ${t.tolerance}`);
  return parts.length > 0 ? parts.join(' ') : '(empty)';
}

const fieldNames: Record<string, string> = {
  earlyWin: 'early win',
  due: 'due date',
  'monitor.reason': 'reason for monitoring without a target',
  spc: 'SPC settings',
  supports: 'supports (high-level measure)',
  better: 'better (direction)',
};

function listDiff(from: unknown, to: unknown): string | undefined {
  if (!Array.isArray(from) && !Array.isArray(to)) return undefined;
  const a = Array.isArray(from) ? from.map(String) : [];
  const b = Array.isArray(to) ? to.map(String) : [];
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${added.join(', ')}`);
  if (removed.length > 0) parts.push(`removed ${removed.join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : 'reordered';
}

/** The change in words, without its objective and measure (formatters show those). */
export function describeChange(c: Change): string {
  switch (c.kind) {
    case 'objective-added':
      return `New objective: ${c.title}`;
    case 'objective-removed':
      return `Objective removed: ${c.title}`;
    case 'objective-renamed':
      return `Objective renamed: "${c.from}" → "${c.to}"`;
    case 'measure-added':
      return `New ${c.tier ?? ''} measure: ${c.title}`.replace('  ', ' ');
    case 'measure-removed':
      return `Measure removed (was ${c.tier ?? 'untiered'}): ${c.title}`;
    case 'measure-renamed':
      return `Measure renamed: "${c.from}" → "${c.to}"`;
    case 'measure-moved':
      return `Moved from objective ${c.from} to ${c.to}`;
    case 'target': {
      const word = c.judgement === 'changed' ? 'changed' : c.judgement;
      if (c.field === 'figure') return `Target ${word} through the re-stated baseline: the same change now asks for ${showValue(c.to)} (was ${showValue(c.from)})`;
      const name = c.field === 'by' ? 'target date' : c.field === 'tolerance' ? 'target tolerance' : 'target';
      return `${name[0].toUpperCase()}${name.slice(1)} ${word}: ${showValue(c.from)} → ${showValue(c.to)}`;
    }
    case 'target-added':
      return `Target set: ${showTarget(c.to)}`;
    case 'target-removed':
      return `Target removed (was ${showTarget(c.from)}) and nothing put in its place`;
    case 'target-to-monitor':
      return `Target dropped for monitoring without a target (was ${showTarget(c.from)})${c.reason ? `; reason: ${c.reason}` : ''}`;
    case 'monitor-to-target':
      return `Target set where the measure was monitored: ${showTarget(c.to)}`;
    case 'monitor-added':
      return `Now monitored without a target${c.reason ? `; reason: ${c.reason}` : ''}`;
    case 'monitor-removed':
      return 'No longer monitored, and no target set';
    case 'tier-changed':
      return `Tier changed: ${showValue(c.from)} → ${showValue(c.to)}`;
    case 'baseline-added':
      return `Baseline set: ${showValue(c.to.value)} for ${showValue(c.to.period)}`;
    case 'baseline-removed':
      return `Baseline removed (was ${showValue(c.from.value)} for ${showValue(c.from.period)})`;
    case 'baseline-restated':
      return `Baseline re-stated (${c.field}): ${showValue(c.from)} → ${showValue(c.to)}`;
    case 'data-changed': {
      const parts: string[] = [];
      const few = (list: string[]) => (list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', '));
      if (c.revised.length > 0) parts.push(`${c.revised.length} revised (${few(c.revised.map((r) => `${r.period}: ${r.from} → ${r.to}`))})`);
      if (c.added.length > 0) parts.push(`${c.added.length} added (${c.added.length > 2 ? `${c.added[0]} to ${c.added[c.added.length - 1]}` : c.added.join(', ')})`);
      if (c.removed.length > 0) parts.push(`${c.removed.length} removed (${few(c.removed)})`);
      return `Figures: ${parts.join('; ')}`;
    }
    case 'field-changed': {
      const name = fieldNames[c.field] ?? c.field;
      if (c.field === 'partners') return `Partners changed: ${listDiff(c.from, c.to)}`;
      if (c.field === 'better') return `Direction flipped: better is now ${showValue(c.to)} (was ${showValue(c.from)}); targets and status read the other way`;
      const label = c.scope === 'plan' ? `Plan ${name}` : `${name[0].toUpperCase()}${name.slice(1)}`;
      return `${label} changed: ${showValue(c.from)} → ${showValue(c.to)}`;
    }
    case 'action-added':
      return `New action ${c.action}: ${c.title}${c.owner ? `; owner ${c.owner}` : ''}${c.due ? `; due ${c.due}` : ''}`;
    case 'action-removed':
      return `Action ${c.action} removed: ${c.title}`;
    case 'action-changed':
      if (c.field === 'due') return `Action ${c.action} re-dated: due ${showValue(c.from)} → ${showValue(c.to)}`;
      if (c.field === 'owner') return `Action ${c.action} has a new owner: ${showValue(c.from)} → ${showValue(c.to)}`;
      if (c.field === 'status' && (c.to === 'done' || c.to === 'dropped')) return `Action ${c.action} closed: ${c.to} (was ${showValue(c.from)})`;
      if (c.field === 'status') return `Action ${c.action} status: ${showValue(c.from)} → ${showValue(c.to)}`;
      return `Action ${c.action} date done or dropped: ${showValue(c.from)} → ${showValue(c.to)}`;
    case 'recommendation-added':
      return `New recommendation ${c.recommendation}${c.date ? ` (made ${c.date})` : ''}: ${c.text}`;
    case 'recommendation-removed':
      return `Recommendation ${c.recommendation} removed: ${c.text}`;
    case 'recommendation-changed':
      if (c.field === 'due') return `Recommendation ${c.recommendation} re-dated: due ${showValue(c.from)} → ${showValue(c.to)}`;
      if (c.field === 'closed') return c.to === null ? `Recommendation ${c.recommendation} re-opened (was closed ${showValue(c.from)})` : `Recommendation ${c.recommendation} closed ${showValue(c.to)}${c.from !== null ? ` (was ${showValue(c.from)})` : ''}`;
      return c.from === null ? `Recommendation ${c.recommendation} answered: ${showValue(c.to)}` : `Answer to recommendation ${c.recommendation} changed: ${showValue(c.from)} → ${showValue(c.to)}`;
  }
}

/** Whether the Panel should read the change first: targets loosened or dropped, measures removed. */
export function isConcern(c: Change): boolean {
  return (
    (c.kind === 'target' && c.judgement === 'loosened') ||
    c.kind === 'target-removed' ||
    c.kind === 'target-to-monitor' ||
    c.kind === 'monitor-removed' ||
    c.kind === 'measure-removed' ||
    c.kind === 'objective-removed' ||
    c.kind === 'baseline-restated' ||
    (c.kind === 'data-changed' && (c.revised.length > 0 || c.removed.length > 0)) ||
    (c.kind === 'field-changed' && c.field === 'better') ||
    c.kind === 'action-removed' ||
    c.kind === 'recommendation-removed' ||
    (c.kind === 'action-changed' && c.field === 'due' && typeof c.from === 'string' && typeof c.to === 'string' && c.to > c.from) ||
    (c.kind === 'action-changed' && c.field === 'status' && c.to === 'dropped')
  );
}
