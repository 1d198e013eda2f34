// The output formats of `plan-score check`: each one a pure function from findings to text.
import type { Finding } from '../../core/types';
import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';

export interface FormatOptions {
  /** Use ANSI colours (only the human format has any). */
  color?: boolean;
  /** The folder file paths are made relative to (SARIF URIs, GitHub annotations). */
  cwd?: string;
  /** plan-score's version, for formats that name the tool. */
  version?: string;
  /** Every file checked, also those without findings. */
  files?: string[];
  /** Where the rule docs live: the rule's page is this + id + '.md'. Default 'docs/rules/'. */
  docsBaseUri?: string;
}

/** Returns the whole output; non-empty output ends with a line break. */
export type CheckFormatter = (findings: Finding[], options: FormatOptions) => string;

export const checkFormatters = {
  stylish,
  json,
  sarif,
  junit,
  github,
} satisfies Record<string, CheckFormatter>;

export type CheckFormatName = keyof typeof checkFormatters;

export { github, json, junit, sarif, stylish };
