// Bundles the in-editor test suite (test/vscode/suite) to .cache/vscode-tests/suite.cjs, with
// `vscode` left to the editor that runs it.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/vscode/suite/index.ts'],
  outfile: '.cache/vscode-tests/suite.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
