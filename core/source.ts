// The one place that reads YAML. It turns text into a plain value and answers "where in the text is
// this path?" for every finding, whatever produced it. Two readers sit behind it, both in this
// module's own files: a fast one (core/source-fast.ts) for the keystroke path and the CLI, and the
// complete one on the `yaml` library (core/source-yaml.ts) for every text the fast one declines:
// syntax errors, duplicate keys, tags, directives and other rare shapes. Both give the same value and
// the same ranges; test/source-parity.test.ts holds them to it.
import { parseFast } from './source-fast';
import { parseWithYaml } from './source-yaml';
import { defaultLimits, type SourceDocument, type SourceLimits } from './source-shared';

export * from './source-shared';

/** Reads text as one YAML document and builds the path → range map used by every finding. */
export function parseSource(text: string, limits: SourceLimits = defaultLimits): SourceDocument {
  return parseFast(text, limits) ?? parseWithYaml(text, limits);
}

/** The complete reader only: for tests that hold the fast reader to the same answers. */
export function parseSourceComplete(text: string, limits: SourceLimits = defaultLimits): SourceDocument {
  return parseWithYaml(text, limits);
}
