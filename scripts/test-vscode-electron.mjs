#!/usr/bin/env node
// Runs the same in-editor suite as test-vscode-offline.mjs, in desktop VS Code downloaded by
// @vscode/test-electron (needs access to update.code.visualstudio.com). The packaged .vsix is
// installed into a fresh extensions folder and tested from there.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { makeTestWorkspace } from './test-vscode-offline.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(ROOT, '.cache', 'vscode-electron-run');
const version = process.env.VSCODE_VERSION ?? '1.100.3';

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', cwd: ROOT, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status ?? r.signal}`);
}

async function main() {
  rmSync(work, { recursive: true, force: true });
  const dirs = { ws: join(work, 'workspace'), exts: join(work, 'extensions'), ud: join(work, 'user-data') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  makeTestWorkspace(dirs.ws);

  run('npm', ['run', '--silent', 'build']);
  run(process.execPath, [join(ROOT, 'scripts', 'build-vscode-tests.mjs')]);
  const vsix = join(work, 'plan-score.vsix');
  run('npm', ['run', '--silent', 'package', '--', '-o', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });

  const executable = await downloadAndUnzipVSCode({ version, cachePath: join(ROOT, '.cache', 'vscode-electron') });
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
  run(cli, [...cliArgs, '--extensions-dir', dirs.exts, '--user-data-dir', dirs.ud, '--install-extension', vsix, '--force'], { shell: process.platform === 'win32' });
  const installed = readdirSync(dirs.exts).find((d) => d.startsWith('plan-score.plan-score-'));
  if (!installed) throw new Error('the .vsix did not install');

  await runTests({
    vscodeExecutablePath: executable,
    // the build with test hooks (the packaged one leaves them out), over the installed .vsix
    extensionDevelopmentPath: join(ROOT, '.cache', 'vscode-tests', 'extension'),
    extensionTestsPath: join(ROOT, '.cache', 'vscode-tests', 'suite.cjs'),
    launchArgs: [dirs.ws, '--extensions-dir', dirs.exts, '--user-data-dir', dirs.ud, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`test-vscode-electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
