#!/usr/bin/env node
// Runs the extension's tests inside a real VS Code without downloading one: code-server (which
// carries VS Code's workbench and extension host) served on 127.0.0.1 and opened in Debian's
// Chromium through playwright-core. Everything it needs is installed on demand into .cache/.
//
//   node scripts/test-vscode-offline.mjs            build, package, run the suite and the UI check
//   node scripts/test-vscode-offline.mjs --install  only install what is missing
//   options: --no-ui (skip the UI check), --ui-only (skip the suite), --no-package (test the built dist/ instead of the .vsix)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runUiCheck } from './vscode-ui-check.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3; the last release that runs on Node 20
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const CACHE = join(ROOT, '.cache');
const SERVER_DIR = join(CACHE, 'code-server');
const SERVER_BIN = join(SERVER_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = new Set(process.argv.slice(2));
const t0 = Date.now();
const step = (msg) => console.log(`=== [${((Date.now() - t0) / 1000).toFixed(0)}s] ${msg}`);

function run(cmd, argv, options = {}) {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', cwd: ROOT, ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status ?? r.signal}`);
}

function ensureAptPackages() {
  const wanted = ['chromium', 'ripgrep', 'libkrb5-dev'];
  const missing = wanted.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Install these Debian packages first: sudo apt-get install ${missing.join(' ')}`);
  step(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = ['install', '-y', '-qq', '--no-install-recommends', ...missing, 'fonts-liberation', 'build-essential', 'pkg-config', 'python3'];
  if (spawnSync('apt-get', install, { stdio: 'ignore', env }).status !== 0) {
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', install, { env });
  }
}

function ensureCodeServer(tmp) {
  if (existsSync(SERVER_BIN)) return;
  step(`npm install code-server@${CODE_SERVER_VERSION} into .cache/code-server (once, ~2 minutes)`);
  mkdirSync(SERVER_DIR, { recursive: true });
  if (!existsSync(join(SERVER_DIR, 'package.json'))) writeFileSync(join(SERVER_DIR, 'package.json'), '{"name":"code-server-cache","private":true}\n');
  // @vscode/ripgrep's postinstall would fetch rg from GitHub; it looks in this cache file first.
  const rgTar = join(tmp, RIPGREP_CACHE);
  mkdirSync(dirname(rgTar), { recursive: true });
  const rgStage = mkdtempSync(join(tmp, 'rg-'));
  cpSync('/usr/bin/rg', join(rgStage, 'rg'));
  run('tar', ['czf', rgTar, '-C', rgStage, 'rg']);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_unsafe_perm: 'true', // code-server's postinstall refuses root without it
    npm_config_yes: 'true', // node-pty's postinstall runs npx, which aborts when the user's npm says yes=false
  };
  const r = spawnSync('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--no-save', '--foreground-scripts'], { cwd: SERVER_DIR, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(join(CACHE, 'code-server-install.log'), `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0 || !existsSync(SERVER_BIN)) {
    console.error(`${r.stdout}\n${r.stderr}`.split('\n').slice(-40).join('\n'));
    throw new Error('code-server could not be installed (log: .cache/code-server-install.log)');
  }
}

/** A fresh work area: temp, XDG folders, VS Code user data, extensions, a workspace with sample plans. */
function prepareRunFolders() {
  const work = join(CACHE, 'vscode-run');
  rmSync(work, { recursive: true, force: true });
  const dirs = { work, tmp: join(work, 'tmp'), ud: join(work, 'user-data'), exts: join(work, 'extensions'), ws: join(work, 'workspace'), xdg: join(work, 'xdg') };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  mkdirSync(join(dirs.ud, 'User'), { recursive: true });
  writeFileSync(
    join(dirs.ud, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'git.enabled': false,
        'workbench.enableExperiments': false,
      },
      null,
      2,
    ),
  );
  makeTestWorkspace(dirs.ws);
  return dirs;
}

/** The workspace the suite opens: the sample plans, their data and config, and the test fixtures. */
export function makeTestWorkspace(ws) {
  cpSync(join(ROOT, 'plans'), join(ws, 'plans'), { recursive: true });
  cpSync(join(ROOT, 'test', 'vscode', 'fixtures'), join(ws, 'fixtures'), { recursive: true });
  // the figures in the fixtures run to March 2015: evaluate as of then
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  writeFileSync(join(ws, '.vscode', 'settings.json'), '{ "planScore.asOf": "2015-03-31" }\n');
}

function buildAll() {
  step('build: npm run build, the test suite bundle');
  run('npm', ['run', '--silent', 'build']);
  run(process.execPath, [join(ROOT, 'scripts', 'build-vscode-tests.mjs')]);
}

/** Packages the .vsix and installs it; returns the installed extension's folder. */
function packageAndInstall(dirs, env) {
  if (args.has('--no-package')) return ROOT;
  step('package the .vsix and install it into a fresh extensions folder');
  const vsix = join(CACHE, 'plan-score-test.vsix');
  run('npm', ['run', '--silent', 'package', '--', '-o', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
  run(SERVER_BIN, ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.exts, '--install-extension', vsix, '--force'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = readdirSync(dirs.exts).find((d) => d.startsWith('plan-score.plan-score-'));
  if (!installed) throw new Error('the .vsix did not install');
  return join(dirs.exts, installed);
}

async function freePort() {
  const net = await import('node:net');
  return new Promise((res, rej) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
    srv.on('error', rej);
  });
}

async function startServer(dirs, env) {
  const port = await freePort();
  const configFile = join(dirs.work, 'code-server.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const log = join(dirs.work, 'code-server.log');
  const { openSync } = await import('node:fs');
  const out = openSync(log, 'w');
  // detached: its own process group (setsid), so stopping it stops its watcher and extension hosts too
  const child = spawn(
    SERVER_BIN,
    ['--config', configFile, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', dirs.ud, '--extensions-dir', dirs.exts, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { cwd: dirs.work, env, detached: true, stdio: ['ignore', out, out] },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      const r = await fetch(`${url}healthz`);
      if (r.ok) return { url, stop, log };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`code-server did not start; see ${log}`);
}

async function launchBrowser(tmp, viewport) {
  const require = createRequire(join(ROOT, 'package.json'));
  const { chromium } = require('playwright-core');
  const profile = mkdtempSync(join(tmp, 'chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return context;
}

const noise = /socket|connection token|builtin extensions|Service Worker|ChatSession|took \d+ms|\[Extension Host\] (?!.*plan-score)|ExtensionService#_doActivateExtension|webview/i;

/** The suite in the extension host: the workbench reports the tests' exit code through codeAutomationExit. */
async function runSuite(server, dirs, extensionDir) {
  step('the suite inside the extension host');
  const context = await launchBrowser(dirs.tmp);
  const page = context.pages()[0] ?? (await context.newPage());
  const authority = new URL(server.url).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  let exited;
  const done = new Promise((res) => (exited = res));
  await page.exposeFunction('codeAutomationExit', (code) => exited(code));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const text = logArgs.join(' ');
    if (/plan-score|^\s*(ok|FAIL|RESULT|latency)|✓|✗/.test(text) || !noise.test(text)) console.log(text.replace(/^\[Extension Host\] /, ''));
  });
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionDir)],
    ['extensionTestsPath', remote(join(ROOT, '.cache', 'vscode-tests', 'suite.cjs'))],
  ]);
  await page.goto(`${server.url}?folder=${encodeURIComponent(dirs.ws)}&payload=${encodeURIComponent(payload)}`);
  const timeout = new Promise((res) => setTimeout(() => res('timeout'), 240_000));
  const code = await Promise.race([done, timeout]);
  await context.close();
  console.log(`suite exit code: ${code}`);
  return code === 0 ? 0 : 1;
}

async function main() {
  mkdirSync(CACHE, { recursive: true });
  const installTmp = join(CACHE, 'tmp');
  mkdirSync(installTmp, { recursive: true });
  ensureAptPackages();
  ensureCodeServer(installTmp);
  if (args.has('--install')) return 0;

  const dirs = prepareRunFolders();
  const env = {
    ...process.env,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: join(dirs.xdg, 'config'),
    XDG_DATA_HOME: join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: join(dirs.xdg, 'cache'),
  };
  buildAll();
  packageAndInstall(dirs, env);
  step(`start code-server ${execFileSync(SERVER_BIN, ['--version'], { encoding: 'utf8', env }).split('\n')[0]}`);
  const server = await startServer(dirs, env);
  const stopOnSignal = () => {
    server.stop();
    process.exit(130);
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  let suite = 1;
  let ui = 0;
  try {
    // the suite runs the build with test hooks; the UI check the packaged extension as shipped
    suite = args.has('--ui-only') ? 0 : await runSuite(server, dirs, join(ROOT, '.cache', 'vscode-tests', 'extension'));
    if (!args.has('--no-ui')) {
      step('UI check: as a person sees it');
      const outDir = join(ROOT, 'test-output');
      mkdirSync(outDir, { recursive: true });
      ui = await runUiCheck({ server, dirs, launchBrowser, outDir });
    }
  } finally {
    server.stop();
  }
  step(`done: suite ${suite === 0 ? 'passed' : 'FAILED'}${args.has('--no-ui') ? '' : `, UI check ${ui === 0 ? 'passed' : 'FAILED'}`}`);
  return suite || ui;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`test-vscode-offline: ${error.message}`);
      process.exit(2);
    },
  );
}

