// Files installed with plan-score. This module sits one folder below the package root both as a
// source file (cli/) and inside the bundle (dist/cli.js), so the root is always one folder up.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a file or folder of the installed package, or undefined when it is not there. */
export function packagePath(...segments: string[]): string | undefined {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', ...segments);
  return existsSync(path) ? path : undefined;
}
