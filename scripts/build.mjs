// Bundles the command line (dist/cli.js) and the editor extension (dist/extension.cjs) with esbuild.
import { build } from 'esbuild';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });

await build({
  entryPoints: ['cli/bin.ts'],
  outfile: 'dist/cli.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'none',
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
    sourcemap: true,
    logLevel: 'warning',
  });
}
