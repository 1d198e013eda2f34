// The references known-references checks for local areas and peers (DESIGN §3.1): every `area` on
// a figure names an area declared under plan: areas, and a peers file has rows for the plan's force.
import { areaOf } from '../evaluate/points';
import { sameForce } from '../evaluate/peers';
import { allPointRefs, isRecord, reportAt } from './data-helpers';
import type { RuleContext, RuleReport } from './rule';

function declaredIds(context: RuleContext): string[] {
  const list: unknown = isRecord(context.plan?.plan) ? context.plan.plan.areas : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((a) => (typeof a.id === 'string' ? a.id.trim() : '')).filter((id) => id !== '');
}

/** The rows of the measure's peers file as read (the plan in the context has them in place of the path). */
function peerRows(context: RuleContext, path: (string | number)[]): unknown {
  const [, o, , m] = path;
  const objective: unknown = typeof o === 'number' ? context.plan?.objectives?.[o] : undefined;
  const measure: unknown = isRecord(objective) && Array.isArray(objective.measures) && typeof m === 'number' ? objective.measures[m] : undefined;
  return isRecord(measure) ? measure.peers : undefined;
}

export function areaReferenceReports(context: RuleContext): RuleReport[] {
  const declared = declaredIds(context);
  const known = new Set(declared);
  const choices = declared.length > 0 ? ` (the plan declares ${declared.join(', ')})` : ' (the plan declares none yet)';
  const reports: RuleReport[] = [];
  for (const entry of context.measures) {
    for (const ref of allPointRefs(entry)) {
      const area = areaOf(ref.point);
      if (area === undefined || known.has(area)) continue;
      const message = `Area "${area}" is not declared: add it under "plan: areas" as {id: ${area}, name: ..., population: ...}, or correct the id${choices}`;
      reports.push(ref.csv ? reportAt(ref, message) : { path: [...ref.path, 'area'], message });
    }
    const peers = peerRows(context, entry.path);
    if (!Array.isArray(peers) || peers.length === 0) continue;
    const force = isRecord(context.plan?.plan) && typeof context.plan.plan.area === 'string' ? context.plan.plan.area : undefined;
    const names = [...new Set(peers.filter(isRecord).map((r) => String(r.force)))];
    if (force === undefined) {
      reports.push({ path: [...entry.path, 'peers'], message: `The peers file cannot say which force is this one: add "area:" under "plan:" with the force's name as the file writes it (one of ${names.join(', ')})` });
    } else if (!names.some((n) => sameForce(n, force))) {
      reports.push({ path: [...entry.path, 'peers'], message: `The peers file has no rows for "${force}" (the plan's area): add this force's rows, or write "area:" under "plan:" as the file names the force (one of ${names.join(', ')})` });
    }
  }
  return reports;
}
