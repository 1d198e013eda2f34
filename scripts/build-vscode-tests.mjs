// Builds what the in-editor tests need: the suite (test/vscode/suite) to
// .cache/vscode-tests/suite.cjs, and a copy of the extension with its test hooks built in, in
// .cache/vscode-tests/extension (the shipped extension leaves them out). `vscode` is left to the
// editor that runs them. Run after `npm run build`.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = '.cache/vscode-tests';

await build({
  entryPoints: ['test/vscode/suite/index.ts'],
  outfile: join(out, 'suite.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
});

const ext = join(out, 'extension');
rmSync(ext, { recursive: true, force: true });
mkdirSync(join(ext, 'dist'), { recursive: true });
for (const part of ['package.json', 'schema', 'docs', 'templates']) cpSync(part, join(ext, part), { recursive: true });
cpSync('dist/view.js', join(ext, 'dist', 'view.js'));
await build({
  entryPoints: ['extension/extension.ts'],
  outfile: join(ext, 'dist', 'extension.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  define: { PLAN_SCORE_TEST_HOOKS: 'true' },
  sourcemap: 'inline',
  logLevel: 'warning',
});
