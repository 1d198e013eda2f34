// The plan-score executable, dist/cli.js: it runs the command line's bundle (dist/cli-bundle.cjs)
// from V8's code cache, so a start does not parse and compile the same half megabyte of code
// again. The cache is kept in node_modules/.cache/plan-score beside the package, or in the temp
// folder, one file per bundle (named by its hash, fixed at build time), command and Node version. Anything
// wrong with the cache only costs a compile: it never stops the command.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

declare const PLAN_SCORE_BUNDLE_HASH: string;

type Bundle = (require: NodeJS.Require, filename: string, dirname: string, launcherUrl: string) => void;

const here = dirname(fileURLToPath(import.meta.url));
const bundleFile = join(here, 'cli-bundle.cjs');

/** PLAN_SCORE_CODE_CACHE names the folder, or "off"; by default node_modules/.cache beside the package, else the temp folder. */
function cacheFolder(): string | undefined {
  const asked = process.env.PLAN_SCORE_CODE_CACHE;
  if (asked === 'off') return undefined;
  if (asked) return asked;
  const modules = join(here, '..', 'node_modules');
  return existsSync(modules) ? join(modules, '.cache', 'plan-score') : join(tmpdir(), `plan-score-cache-${process.getuid?.() ?? 'user'}`);
}

/** The cache, if this user wrote it (another user's file in a shared temp folder is never run). */
function readCache(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    if (process.getuid && statSync(file).uid !== process.getuid()) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written to a temporary file and renamed, so a reader never sees half a cache; failures are ignored. */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    // the caches of earlier builds are of no more use
    for (const name of readdirSync(dirname(file))) {
      if (name.startsWith('cli-') && name.endsWith('.v8') && !name.startsWith(`cli-${PLAN_SCORE_BUNDLE_HASH}-`)) rmSync(join(dirname(file), name), { force: true });
    }
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing more to tidy
    }
  }
}

/**
 * Each command compiles its own functions, so each has its own cache (--version would otherwise
 * leave a cache without the code of check). Worker threads score plans: they share score's.
 */
function commandName(): string {
  const first = process.argv[2] ?? '';
  if (!isMainThread) return 'score';
  if (['score', 'check', 'diff', 'report', 'import', 'init'].includes(first)) return first;
  return first.startsWith('-') ? 'options' : 'score';
}

const folder = cacheFolder();
const cacheFile = folder && join(folder, `cli-${PLAN_SCORE_BUNDLE_HASH}-${commandName()}-${process.version}-${process.arch}.v8`);
const cachedData = readCache(cacheFile);
// the bundle has no import(): a script compiled from the cache would have no loader for it (the
// packages it loads on demand are read with require, see cli/installed.ts)
const script = new Script(readFileSync(bundleFile, 'utf8'), { filename: bundleFile, cachedData });
const usable = cachedData !== undefined && !script.cachedDataRejected;
if (cacheFile && !usable && isMainThread) {
  // after the command, so the cache holds the functions it compiled, not only the outer layer
  process.once('beforeExit', () => writeCache(cacheFile, script.createCachedData()));
}
(script.runInThisContext() as Bundle)(createRequire(bundleFile), bundleFile, here, import.meta.url);
