#!/usr/bin/env node
// The real-VS-Code suite on a busy machine: `npm run bench` runs over and over beside it while the
// suite (scripts/test-vscode-offline.mjs) runs several times in a row. Stops at the first failure.
// Each run's result, duration and load average go to the console and to
// test-output/vscode-beside-bench.txt.
//
//   node scripts/vscode-beside-bench.mjs [times, default 5] [options for test-vscode-offline.mjs]
import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const times = Number(process.argv[2] ?? 5);
const suiteOptions = process.argv.slice(3);
const log = join(ROOT, 'test-output', 'vscode-beside-bench.txt');
mkdirSync(dirname(log), { recursive: true });
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const say = (line) => {
  console.log(`=== ${line}`);
  appendFileSync(log, `${line}\n`);
};

/** Runs a command to its end; resolves with its exit code. */
function runToEnd(cmd, args, options = {}) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

let stopping = false;
let benchRuns = 0;
let bench;
/** The benchmark, again and again until the suite runs are over (its output is not kept). */
async function benchLoop() {
  while (!stopping) {
    bench = spawn(process.execPath, [join(ROOT, 'bench/run.mjs')], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, BENCH_RUNS: process.env.BENCH_RUNS ?? '5' } });
    const code = await new Promise((done) => bench.on('exit', (c) => done(c)));
    if (!stopping) benchRuns++;
    if (!stopping && code !== 0) say(`the benchmark exited with ${code}; starting it again`);
  }
}

say(`${new Date().toISOString()}: the VS Code suite ${times} times in a row beside npm run bench; load ${load()}`);
if ((await runToEnd('npm', ['run', '--silent', 'build'])) !== 0) throw new Error('the build failed');
const loop = benchLoop();
let passed = 0;
for (let i = 1; i <= times; i++) {
  const started = Date.now();
  const loadBefore = load();
  const code = await runToEnd(process.execPath, [join(ROOT, 'scripts/test-vscode-offline.mjs'), ...suiteOptions]);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  say(`run ${i}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s; load ${loadBefore} at the start, ${load()} at the end; benchmark runs finished so far: ${benchRuns}`);
  if (code !== 0) break;
  passed++;
}
stopping = true;
bench?.kill();
await loop;
say(`${passed} of ${times} passed in a row${passed === times ? '' : ' (stopped at the first failure)'}`);
process.exitCode = passed === times ? 0 : 1;
