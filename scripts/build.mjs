// Bundles the command line (dist/cli.js and dist/cli-bundle.cjs) and the editor extension (dist/extension.cjs) with esbuild.
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';

mkdirSync('dist', { recursive: true });

// core/schema-validator.ts compiles the plan schema when a process first needs it; the bundles get
// the same validator as code generated here, with the same ajv settings, so no start pays for ajv's
// compile (DESIGN §8).
function precompiledValidator() {
  const settings = JSON.parse(readFileSync('schema/validator-options.json', 'utf8'));
  const schema = JSON.parse(readFileSync('schema/plan.schema.json', 'utf8'));
  const ajv = new Ajv2020({ ...settings.ajv, code: { source: true, esm: true } });
  ajv.addVocabulary(settings.vocabulary);
  const code = standaloneCode(ajv, ajv.compile(schema));
  const contents = `${code}\nexport function planValidator() { return validate; }\n`;
  return {
    name: 'precompiled-plan-validator',
    setup(b) {
      b.onLoad({ filter: /[\\/]core[\\/]schema-validator\.ts$/ }, () => ({ contents, loader: 'js', resolveDir: resolve('core') }));
    },
  };
}
const plugins = [precompiledValidator()];
/** What every Node bundle here shares: one minified file for Node 20. */
const forNode = { bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

// The command line: one bundle, dist/cli-bundle.cjs, which a small launcher (dist/cli.js, from
// cli/launch.ts) runs from V8's code cache. Each command's code is still run only when the command
// is (cli/main.ts imports commands on demand; the bundler keeps those modules' start lazy).
rmSync('dist/cli-parts', { recursive: true, force: true });
await build({
  entryPoints: ['cli/bin.ts'],
  outfile: 'dist/cli-bundle.cjs',
  bundle: true,
  platform: 'node',
  // the spreadsheet reader (import of a workbook), the PDF printer (report --format pdf) and the
  // Word library (--format docx, a quarter of the bundle otherwise) are loaded only when needed,
  // from the installed packages; every other command starts without reading them
  external: ['exceljs', 'playwright-core', 'docx'],
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  plugins,
  // the file is one function expression the launcher calls with what a CommonJS module is given
  banner: { js: '(function (require, __filename, __dirname, planScoreLauncherUrl) {' },
  footer: { js: '})' },
  define: { 'import.meta.url': 'planScoreLauncherUrl' },
  logLevel: 'warning',
});
const bundleText = readFileSync('dist/cli-bundle.cjs', 'utf8');
// run from V8's code cache, an import() would find no module loader (cli/installed.ts says why)
if (/(?<![.\w$])import\(/.test(bundleText)) throw new Error('dist/cli-bundle.cjs has an import(): load installed packages with loadInstalled (cli/installed.ts)');
const bundleHash = createHash('sha256').update(bundleText).digest('hex').slice(0, 16);
await build({
  ...forNode,
  entryPoints: { cli: 'cli/launch.ts' },
  outfile: 'dist/cli.js',
  format: 'esm',
  define: { PLAN_SCORE_BUNDLE_HASH: JSON.stringify(bundleHash) },
  banner: { js: '#!/usr/bin/env node' },
});
chmodSync('dist/cli.js', 0o755);

// The core on its own, for `npm run bench` (bench/run.mjs).
await build({
  ...forNode,
  entryPoints: ['bench/core.ts'],
  outfile: 'dist/bench-core.js',
  format: 'esm',
  plugins,
  banner: { js: "import { createRequire as __planScoreRequire } from 'node:module';\nconst require = __planScoreRequire(import.meta.url);" },
});

// The scorecard renderer for browsers (the HTML report and the editor's preview), chart.js included.
await build({
  entryPoints: ['view/index.ts'],
  outfile: 'dist/view.js',
  bundle: true,
  platform: 'browser',
  target: 'es2020',
  format: 'iife',
  globalName: 'PlanScoreView',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});

if (existsSync('extension/extension.ts')) {
  await build({
    entryPoints: ['extension/extension.ts'],
    outfile: 'dist/extension.cjs',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    minify: true,
    plugins,
    // the test hooks (extension/test-hooks.ts) are left out of the extension that ships
    define: { PLAN_SCORE_TEST_HOOKS: 'false' },
    sourcemap: true,
    logLevel: 'warning',
  });
}
