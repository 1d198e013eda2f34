// Two measures that share an id (a unique-ids error) each keep their own evaluation: results carry
// where they are written, and the editor's CodeLens and hover, the report's rows and the rules that
// read evaluations all match by that place, never by id.
import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../core/files';
import { annotatePlan } from '../core/report/model';
import { PlanChecker } from '../core/workspace';
import { findMeasure, measureHover, measureLens, outlineOf } from '../extension/adapter/text';

const file = '/ws/dup.plan.yaml';
const text = [
  'plan:',
  '  id: dup-ids',
  '  title: Police and Crime Plan with a repeated id',
  '  period: {start: 2013-04-01, end: 2017-03-31}',
  'objectives:',
  '  - id: G1',
  '    title: Reduce neighbourhood crime',
  '    partners: [Councils]',
  '    due: 2017-03-31',
  '    earlyWin: true',
  '    measures:',
  '      - id: G1.1',
  '        title: Burglary',
  '        tier: high-level',
  '        type: count',
  '        better: lower',
  '        frequency: annual',
  '        baseline: {period: FY2012-13, value: 1200}',
  '        target: {value: 1100, by: 2017-03-31}',
  '        data:',
  '          - {period: FY2012-13, value: 1200}',
  '      - id: G1.1   # a second measure given the same id by mistake',
  '        title: Robbery',
  '        tier: detailed',
  '        type: count',
  '        better: lower',
  '        monitor: {reason: Too few robberies for a target to mean anything}',
  '      - id: G1.3',
  '        title: Case studies',
  '        tier: detailed',
  '        type: qualitative',
  '        frequency: quarterly',
  '        evidence: [{date: 2015-03-01, summary: Street meetings held, assessment: on-track}]',
  '',
].join('\n');

function check(asOf = '2015-03-31') {
  const result = new PlanChecker({ asOf, fs: memoryFileSystem({ [file]: text }) }).check(file, text);
  if (result.unreadable) throw new Error('unreadable');
  return result;
}

describe('a duplicate id never borrows another measure\'s evaluation', () => {
  it('evaluations say where each measure is written', () => {
    const evaluation = check().evaluation()!;
    const [burglary, robbery] = evaluation.objectives[0].measures;
    expect(burglary.path).toEqual(['objectives', 0, 'measures', 0]);
    expect(robbery.path).toEqual(['objectives', 0, 'measures', 1]);
    expect(evaluation.objectives[0].path).toEqual(['objectives', 0]);
  });

  it('CodeLens and hover of the second G1.1 are its own', () => {
    const checked = check();
    const evaluation = checked.evaluation();
    const [, second] = outlineOf(checked.source)[0].children;
    const result = findMeasure(evaluation, second)!;
    expect(result.title).toBe('Robbery');
    // Robbery has no figures and no target: nothing of Burglary's "target 1,100" or staleness
    expect(measureLens(result)).toBe('G1.1: no-data');
    expect(measureHover(result)).toContain('**G1.1 Robbery**');
    expect(measureHover(result)).not.toContain('1,100');
    expect(findMeasure(evaluation, outlineOf(checked.source)[0].children[0])!.title).toBe('Burglary');
  });

  it('a rule that reads the evaluation reports on the measure it is about', () => {
    // Burglary's only figure is FY2012-13 (to 2013-03-31); two annual periods later is 2015-03-31,
    // so as of 2015-06-30 it is stale. Robbery has no figures to be stale.
    const stale = check('2015-06-30').findings.filter((f) => f.rule === 'stale-data');
    expect(stale.map((f) => f.path)).toEqual([['objectives', 0, 'measures', 0]]);
  });

  it('the report and preview rows point at their own lines', () => {
    const checked = check();
    const annotated = annotatePlan(checked.evaluation()!, checked.plan);
    expect(annotated.objectives[0].measures.map((m) => [m.title, m.path])).toEqual([
      ['Burglary', ['objectives', 0, 'measures', 0]],
      ['Robbery', ['objectives', 0, 'measures', 1]],
      ['Case studies', ['objectives', 0, 'measures', 2]],
    ]);
  });
});
