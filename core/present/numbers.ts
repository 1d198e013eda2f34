// Figures for people: thousands separated, rounded by what the figure is, one minus sign (−)
// everywhere. JSON keeps every number as it is; only displays use these.
import type { MeasureType } from '../types';

const dash = '–';

/** 1234567.8 → "1,234,568" with the given decimals; −0 after rounding shows as 0; non-finite as a dash. */
export function groupDigits(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return dash;
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '−' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** Decimals that keep about three significant figures without noise: none for whole numbers or from 100 up. */
function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100 || size === 0 || Number.isInteger(value)) return 0;
  if (size >= 10) return 1;
  return 2;
}

/** A measure's figure: proportions as percentages to one decimal, counts whole, others to about three figures. */
export function formatNumber(value: number | null | undefined, type: MeasureType | string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  if (type === 'proportion') return `${groupDigits(value, 1)}%`;
  if (type === 'count') return groupDigits(value, Number.isInteger(value) || Math.abs(value) >= 10 ? 0 : 1);
  return groupDigits(value, decimalsFor(value));
}

/** A difference, always signed: "+1,250", "−247", "−3.4 pts" for percentage points, "±0". */
export function formatSigned(value: number | null | undefined, type: MeasureType | string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  const text = type === 'proportion' ? `${groupDigits(value, 1)} pts` : formatNumber(value, type);
  if (/^−?0(\.0+)?( pts)?$/.test(text)) return `±${text.replace('−', '')}`;
  return value > 0 ? `+${text}` : text;
}

/** A figure with its unit where the unit is a word (proportions carry their %). */
export function withUnit(value: number | null | undefined, measure: { type: MeasureType | string; unit?: string | null }): string {
  const text = formatNumber(value, measure.type);
  if (text === dash || measure.type === 'proportion' || !measure.unit || measure.unit === '%') return text;
  return `${text} ${measure.unit}`;
}

/** A test statistic to two decimals: "z = −1.68". */
export function formatZ(z: number): string {
  return `z = ${groupDigits(z, 2)}`;
}

// made when first needed: the first Intl formatter of a process loads the locale data, which
// takes tens of milliseconds that a command without such a message need not wait for
let messageNumbers: Intl.NumberFormat | undefined;

/** Numbers in findings' messages, which quote what the officer wrote: thousands separated, at most two decimals. */
export function messageNumber(n: number): string {
  messageNumbers ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
  return messageNumbers.format(n);
}
