// dist/cli.js runs the command line from V8's code cache (cli/launch.ts): the cache is written
// after a first run, used by the next, and nothing wrong with it ever changes what a command does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(process.cwd(), 'dist/cli.js');
const plan = 'plans/nottinghamshire-2015-18.plan.yaml';

function check(cache: string) {
  const r = spawnSync(process.execPath, [cli, 'check', plan, '--as-of', '2016-03-31', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', PLAN_SCORE_CODE_CACHE: cache } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache', () => {
  const uncached = check('off');

  it('is written by the first run of a command and read by the next, with the same output', () => {
    expect(uncached.code).toBe(0);
    expect(JSON.parse(uncached.stdout).findings.length).toBeGreaterThan(0);
    const folder = mkdtempSync(join(tmpdir(), 'plan-score-cache-'));
    // an earlier build's cache is removed when the new one is written; other files are left alone
    writeFileSync(join(folder, `cli-0123456789abcdef-check-${process.version}-${process.arch}.v8`), 'an earlier build');
    writeFileSync(join(folder, 'notes.txt'), 'not a cache');
    const first = check(folder);
    const written = readdirSync(folder).filter((name) => name !== 'notes.txt');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^cli-[0-9a-f]{16}-check-v\d+\.\d+\.\d+-\w+\.v8$/);
    const second = check(folder);
    expect(readdirSync(folder).sort()).toEqual([...written, 'notes.txt'].sort());
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toBe(uncached.stdout);
    expect(second.stdout).toBe(uncached.stdout);
    expect(second.stderr).toBe('');
  });

  it('a cache that cannot be written costs nothing but the cache', () => {
    // a folder inside a file can never be made
    const file = join(mkdtempSync(join(tmpdir(), 'plan-score-cache-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const r = check(join(file, 'cache'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(uncached.stdout);
    expect(r.stderr).toBe('');
  });

  it('a damaged cache file is ignored and written afresh', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plan-score-cache-'));
    check(folder);
    const [name] = readdirSync(folder);
    writeFileSync(join(folder, name), 'damaged');
    const r = check(folder);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(uncached.stdout);
    expect(readFileSync(join(folder, name)).length).toBeGreaterThan(1000);
  });
});
