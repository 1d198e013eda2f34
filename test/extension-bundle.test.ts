// The extension as it ships (dist/extension.cjs, built by the test setup) carries no test hooks:
// they are built into the copy the in-editor tests run, and nowhere else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the shipped extension bundle', () => {
  it('leaves the test hooks out', () => {
    const bundle = readFileSync('dist/extension.cjs', 'utf8');
    expect(bundle.length).toBeGreaterThan(10_000);
    for (const hook of ['statusBarText', 'nextPreviewRender', 'previewRendered', 'revealFromPreview', 'statusBarCommand', 'PLAN_SCORE_TEST_HOOKS']) {
      expect(bundle, hook).not.toContain(hook);
    }
    // what the hooks read is still there for the product: the preview and the quick fixes
    expect(bundle).toContain('planScore.openPreview');
    expect(bundle).toContain('provideCodeActions');
  });
});
