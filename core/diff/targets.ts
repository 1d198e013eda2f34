// Whether a changed target is harder or easier to meet: judged by the measure's `better`.
// A lower figure when lower is better is tightened; an earlier `by` is tightened; a narrower
// tolerance (the amber band) is tightened.
import { compareDates } from '../periods';
import type { Measure } from '../types';
import type { Judgement, TargetField } from './types';
import { isRecord } from '../values';

interface Amount {
  percent: boolean;
  n: number;
}

function amount(v: unknown): Amount | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { percent: false, n: v };
  if (typeof v !== 'string') return undefined;
  const m = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(v);
  return m ? { percent: m[2] === '%', n: Number(m[1]) } : undefined;
}

/** The figure a target asks for: its value, or the baseline moved by its change. */
export function targetFigure(measure: Measure): number | undefined {
  const t: unknown = measure.target;
  if (!isRecord(t)) return undefined;
  if (typeof t.value === 'number') return t.value;
  const change = amount(t.change);
  const base = isRecord(measure.baseline) && typeof measure.baseline.value === 'number' ? measure.baseline.value : undefined;
  if (!change || base === undefined) return undefined;
  return change.percent ? base * (1 + change.n / 100) : base + change.n;
}

function toleranceFigure(v: unknown, figure: number | undefined): number | undefined {
  if (v === undefined || v === null) return 0;
  const a = amount(v);
  if (!a) return undefined;
  if (!a.percent) return a.n;
  return figure === undefined ? undefined : (Math.abs(figure) * a.n) / 100;
}

/** +1 when `to` is harder to meet than `from` for this direction, -1 when easier, 0 when equal. */
function harder(from: number, to: number, better: unknown): number {
  if (from === to) return 0;
  if (better === 'lower') return to < from ? 1 : -1;
  return to > from ? 1 : -1;
}

function verdict(sign: number | undefined): Judgement {
  return sign === undefined || sign === 0 ? 'changed' : sign > 0 ? 'tightened' : 'loosened';
}

export interface TargetJudgement {
  field: TargetField;
  judgement: Judgement;
  from: unknown;
  to: unknown;
}

/** The target's changes field by field, each judged. Both measures have a target. */
export function judgeTarget(before: Measure, after: Measure): TargetJudgement[] {
  const t0 = before.target as Record<string, unknown>;
  const t1 = after.target as Record<string, unknown>;
  const out: TargetJudgement[] = [];
  // With `better` unknown or reversed, "harder" has no meaning: the change is shown, not judged.
  const better = before.better === after.better && (after.better === 'higher' || after.better === 'lower') ? after.better : undefined;
  const figure0 = targetFigure(before);
  const figure1 = targetFigure(after);
  const baselineMoved = JSON.stringify(before.baseline) !== JSON.stringify(after.baseline);

  const written0 = t0.value !== undefined ? t0.value : t0.change;
  const written1 = t1.value !== undefined ? t1.value : t1.change;
  if (JSON.stringify(written0) !== JSON.stringify(written1)) {
    const field: TargetField = t1.value !== undefined ? 'value' : 'change';
    let sign: number | undefined;
    if (better) {
      const a0 = amount(written0);
      const a1 = amount(written1);
      if (baselineMoved && t0.change !== undefined && t1.change !== undefined && figure0 !== undefined && figure1 !== undefined) {
        // a new change from a re-stated baseline: what counts is the figure it asks for now
        sign = harder(figure0, figure1, better);
      } else if (t0.change !== undefined && t1.change !== undefined && a0 && a1 && a0.percent === a1.percent) {
        // A change from the baseline: -10% asks more than -5% when lower is better.
        sign = harder(a0.n, a1.n, better);
      } else if (figure0 !== undefined && figure1 !== undefined && (!baselineMoved || (t0.value !== undefined && t1.value !== undefined))) {
        sign = harder(figure0, figure1, better);
      }
    }
    out.push({ field, judgement: verdict(sign), from: written0 ?? null, to: written1 ?? null });
  }

  // The same change from a re-stated baseline asks for a different figure: judge that figure too.
  const sameChange = JSON.stringify(t0.change) === JSON.stringify(t1.change);
  if (baselineMoved && sameChange && t0.change !== undefined && t0.value === undefined && t1.value === undefined && figure0 !== undefined && figure1 !== undefined) {
    const from = Math.round(figure0 * 100) / 100;
    const to = Math.round(figure1 * 100) / 100;
    if (from !== to) out.push({ field: 'figure', judgement: verdict(better ? harder(from, to, better) : undefined), from, to });
  }

  if (JSON.stringify(t0.by) !== JSON.stringify(t1.by)) {
    const sign = typeof t0.by === 'string' && typeof t1.by === 'string' ? -Math.sign(compareDates(t1.by, t0.by)) : undefined;
    out.push({ field: 'by', judgement: verdict(sign), from: t0.by ?? null, to: t1.by ?? null });
  }

  if (JSON.stringify(t0.tolerance ?? 0) !== JSON.stringify(t1.tolerance ?? 0)) {
    const a0 = amount(t0.tolerance ?? 0);
    const a1 = amount(t1.tolerance ?? 0);
    let sign: number | undefined;
    if (a0 && a1 && (a0.percent === a1.percent || a0.n === 0 || a1.n === 0)) sign = Math.sign(a0.n - a1.n);
    else {
      const f0 = toleranceFigure(t0.tolerance, figure1 ?? figure0);
      const f1 = toleranceFigure(t1.tolerance, figure1 ?? figure0);
      if (f0 !== undefined && f1 !== undefined) sign = Math.sign(f0 - f1);
    }
    out.push({ field: 'tolerance', judgement: verdict(sign), from: t0.tolerance ?? null, to: t1.tolerance ?? null });
  }
  return out;
}
