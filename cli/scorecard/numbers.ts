// Display rounding for the scorecard. JSON keeps every number as it is; people read these.
import type { MeasureType } from '../../core/types';

/** 1234567.8 → "1,234,568" with the given decimals; non-finite numbers show as a dash. */
export function groupDigits(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** Decimals that keep about three significant figures without showing noise: 0 from 100 up. */
export function decimalsFor(value: number): number {
  const size = Math.abs(value);
  if (size >= 100 || size === 0) return 0;
  if (size >= 10) return 1;
  return 2;
}

/**
 * A measure's value as the scorecard shows it: proportions as percentages with one decimal,
 * counts as whole numbers, rates and other values to about three significant figures; thousands
 * separated by commas throughout.
 */
export function formatValue(value: number | null | undefined, type: MeasureType): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (type === 'proportion') return `${groupDigits(value, 1)}%`;
  if (type === 'count') return groupDigits(value, Number.isInteger(value) || Math.abs(value) >= 10 ? 0 : 1);
  return groupDigits(value, decimalsFor(value));
}

/** A gap or difference, always signed: "+1,250", "-3.4%", "±0". */
export function formatSigned(value: number | null | undefined, type: MeasureType): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = type === 'proportion' ? `${groupDigits(value, 1)} pts` : formatValue(value, type);
  if (/^-?0(\.0+)?( pts)?$/.test(text)) return `±${text.replace('-', '')}`;
  return value > 0 ? `+${text}` : text;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2016-03-31 → "31 March 2016"; anything else as it is. */
export function longDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const month = months[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}
