// The writing under `score --format json`: JSON indented two spaces, except that the items of some
// lists take one compact line each, with undefined written as null. A national set is 50 MB of
// this text, so it is written by JSON.stringify itself: each one-line item is stood in for by a
// marker, the whole indented at once, and the markers then replaced by the items' compact text.

const nullForUndefined = (_key: string, value: unknown) => (value === undefined ? null : value);

/** True when JSON.stringify would leave something out that nullForUndefined writes as null. */
function hasUndefined(value: unknown): boolean {
  if (value === undefined) return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasUndefined(item)) return true;
    return false;
  }
  for (const key in value) if (hasUndefined((value as Record<string, unknown>)[key])) return true;
  return false;
}

/** On one line: JSON.stringify(value, nullForUndefined), without the call back per key where there is no undefined. */
export function compactJson(value: unknown): string {
  return (hasUndefined(value) ? JSON.stringify(value, nullForUndefined) : JSON.stringify(value)) ?? 'null';
}

/** Writes `value` with markers for the one-line items; undefined when the text already held one of them. */
function withMarkers(value: unknown, oneLineItems: ReadonlySet<string>, attempt: number): string | undefined {
  const items: unknown[] = [];
  const marker = `\u0000plan-score-${attempt}-`;
  const text = JSON.stringify(value, (key: string, item: unknown) => {
    if (item === undefined) return null;
    if (!oneLineItems.has(key) || !Array.isArray(item)) return item;
    return item.map((one: unknown) => `${marker}${items.push(one) - 1}`);
  }, 2) ?? 'null';
  let seen = 0;
  const written = text.replace(new RegExp(`"\\\\u0000plan-score-${attempt}-(\\d+)"`, 'g'), (found, i: string) => (Number(i) === seen++ ? compactJson(items[Number(i)]) : found));
  // each marker was found once and in order, or the plan's own text held something like one
  return seen === items.length ? written : undefined;
}

/**
 * Indented two spaces from `indent`, as JSON.stringify(value, nullForUndefined, 2) would be, but
 * for lists under the keys in `oneLineItems`, whose items take one compact line each.
 */
export function indentedJson(value: unknown, indent: string, oneLineItems: ReadonlySet<string>): string {
  let written: string | undefined;
  for (let attempt = 0; written === undefined; attempt++) written = withMarkers(value, oneLineItems, attempt);
  return indent === '' ? written : written.replaceAll('\n', `\n${indent}`);
}
