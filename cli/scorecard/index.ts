// The output formats of `plan-score score`: each a pure function from the result to text.
import { json } from './json';
import { markdown } from './markdown';
import type { ScorecardFormatter } from './options';
import { table } from './table';

export const scorecardFormatters = { table, json, markdown } satisfies Record<string, ScorecardFormatter>;

export type ScorecardFormatName = keyof typeof scorecardFormatters;
export type { ScorecardFormatter, ScorecardOptions } from './options';
export { json, markdown, table };
