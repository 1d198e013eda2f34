// Bundles the command line (dist/cli.js) and the editor extension (dist/extension.cjs) with esbuild.
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

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

// The command line is split so that each command loads only its own code (cli/main.ts imports
// commands on demand); the shared parts land in dist/cli-parts/.
rmSync('dist/cli-parts', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'cli/bin.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'cli-parts/[name]-[hash]',
  bundle: true,
  platform: 'node',
  // the spreadsheet reader is loaded only when a workbook is imported, from the installed package
  external: ['exceljs'],
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  plugins,
  // Loaded only by report --format pdf, from the installed package.
  external: ['playwright-core'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __planScoreRequire } from 'node:module';\nconst require = __planScoreRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);

// The core on its own, for `npm run bench` (bench/run.mjs).
await build({
  entryPoints: ['bench/core.ts'],
  outfile: 'dist/bench-core.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  plugins,
  banner: { js: "import { createRequire as __planScoreRequire } from 'node:module';\nconst require = __planScoreRequire(import.meta.url);" },
  logLevel: 'warning',
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
