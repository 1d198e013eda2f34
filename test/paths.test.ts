// The core's path arithmetic gives what Node's own path module gives, for the paths plans use.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathApi } from '../core/paths';

const posixCases = ['plans/west.plan.yaml', '/work/plans/west.plan.yaml', 'west.plan.yaml', '/west.plan.yaml', './plans/../plans/a.plan.yaml', 'a//b/c.plan.yaml', '../up/a.plan.yaml', '/'];
const windowsCases = ['C:\\plans\\west.plan.yaml', 'C:\\west.plan.yaml', 'plans\\west.plan.yaml', 'C:/plans/mixed\\a.plan.yaml'];
const relatives = ['data/a.csv', '../data/a.csv', './a.csv', 'data/../data/b.csv'];

describe('core path arithmetic', () => {
  it('dirname as Node has it', () => {
    for (const file of posixCases) expect(pathApi(file).dirname(file), file).toBe(posix.dirname(file));
    for (const file of windowsCases) expect(pathApi(file).dirname(file), file).toBe(win32.dirname(file));
  });

  it('join as Node has it', () => {
    for (const file of posixCases) for (const rel of relatives) expect(pathApi(file).join(posix.dirname(file), rel), `${file} + ${rel}`).toBe(posix.join(posix.dirname(file), rel));
    for (const file of windowsCases) for (const rel of relatives) expect(pathApi(file).join(win32.dirname(file), rel), `${file} + ${rel}`).toBe(win32.join(win32.dirname(file), rel));
  });

  it('resolve from an absolute folder as Node has it; an absolute target stands alone', () => {
    expect(pathApi('/work/plans/a.plan.yaml').resolve('/work/plans', '../data/a.csv')).toBe(posix.resolve('/work/plans', '../data/a.csv'));
    expect(pathApi('/work/plans/a.plan.yaml').resolve('/work/plans', '/srv/a.csv')).toBe('/srv/a.csv');
    expect(pathApi('C:\\plans\\a.plan.yaml').resolve('C:\\plans', 'data\\a.csv')).toBe(win32.resolve('C:\\plans', 'data\\a.csv'));
  });

  it('keeps a relative folder relative (the file system reads it from the working folder)', () => {
    expect(pathApi('plans/a.plan.yaml').resolve('plans', 'data/a.csv')).toBe('plans/data/a.csv');
    expect(pathApi('a.plan.yaml').resolve('.', 'data/a.csv')).toBe('data/a.csv');
  });
});
