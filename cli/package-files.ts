// Files installed with plan-score. This module sits below the package root as a source file (cli/)
// and inside the bundle (where it takes the place of dist/cli.js, which runs it), so the root is
// the nearest folder above it that holds plan-score's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && /"name"\s*:\s*"plan-score"/.test(readFileSync(manifest, 'utf8'))) return (root = dir);
    dir = dirname(dir);
  }
  return (root = join(dirname(fileURLToPath(import.meta.url)), '..'));
}

/** The path of a file or folder of the installed package, or undefined when it is not there. */
export function packagePath(...segments: string[]): string | undefined {
  const path = join(packageRoot(), ...segments);
  return existsSync(path) ? path : undefined;
}
