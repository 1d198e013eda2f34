// DESIGN §3.1 and §4.1: a peers file with survey columns (`sample` for respondents, `of` for an
// administrative denominator) feeds a proportion measure's funnel plot: the group figure pooled
// by the denominators, limits from each force's own denominator, and the report's words.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json } from '../cli/scorecard/json';
import { checkPlanText } from '../core/check';
import { memoryFileSystem } from '../core/files';
import { funnelLimits } from '../core/evaluate/funnel';
import { funnelViews, unitSentence } from '../core/present/index';

const file = resolve('plans/survey.plan.yaml');
const plan = (peersFile: string) => `plan:
  id: survey-plan
  title: Police and Crime Plan for Testshire
  area: Testshire
  period: {start: 2013-04-01, end: 2017-03-31}
objectives:
  - id: O1
    title: Build confidence in the police
    measures:
      - id: O1.1
        title: People confident the police do a good job
        tier: high-level
        type: proportion
        better: higher
        frequency: quarterly
        monitor: {reason: The survey is new this year}
        peers: ${peersFile}
        data:
          - {period: 2015-Q1, value: 80, sample: 400}
`;

// Testshire and Otherton from a survey (respondents), Thirdshire from records (a denominator).
const withDenominators = ['# illustrative figures', 'force,period,value,sample,of', 'Testshire,2015-Q1,80,400,', 'Otherton,2015-Q1,70,600,', 'Thirdshire,2015-Q1,76,,1000', ''].join('\n');
const withoutDenominators = 'force,period,value\nTestshire,2015-Q1,80\nOtherton,2015-Q1,70\nThirdshire,2015-Q1,76\n';

function evaluate(csv: string) {
  const checked = checkPlanText(plan('data/msg.csv'), file, { asOf: '2015-06-30', fs: memoryFileSystem({ [resolve('plans/data/msg.csv')]: csv }) });
  expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  const evaluation = checked.evaluation()!;
  return { measure: evaluation.objectives[0].measures[0], out: JSON.parse(json({ asOf: '2015-06-30', plans: [evaluation], findings: [] })).plans[0].objectives[0].measures[0] };
}

describe('a peers file with sample and of columns, for a proportion', () => {
  const { measure, out } = evaluate(withDenominators);

  it('pools the group figure by the denominators: p̄ = Σx / Σn', () => {
    // successes x = p × n: 0.80 × 400 = 320, 0.70 × 600 = 420, 0.76 × 1,000 = 760; Σx = 1,500
    // Σn = 400 + 600 + 1,000 = 2,000; p̄ = 1,500 / 2,000 = 0.75, i.e. 75%
    expect(out.peers.at).toBe('2015-03-31');
    expect(out.peers.group).toBeCloseTo(75, 10);
    // each force's denominator: its sample, or else its "of"
    expect(measure.peers?.units.map((u) => [u.force, u.size])).toEqual([
      ['Testshire', 400],
      ['Otherton', 600],
      ['Thirdshire', 1000],
    ]);
  });

  it('puts each force against limits from its own denominator: p̄ ± z·√(p̄(1 − p̄)/n)', () => {
    // p̄(1 − p̄) = 0.75 × 0.25 = 0.1875; in percentage points 100 × √(0.1875 / n):
    // n = 400:   √(0.00046875) = 0.0216506 → 2.16506 points; 95%: 75 ± 1.96 × 2.16506 = 75 ± 4.24352 → 70.75648 to 79.24352
    //            99.8%: 75 ± 3.09 × 2.16506 = 75 ± 6.69004 → 68.30996 to 81.69004; Testshire's 80 lies above 95%, inside 99.8%
    // n = 600:   √(0.0003125) = 0.0176777 → 1.76777 points; 95%: 75 ± 3.46482 → 71.53518 to 78.46482
    //            99.8%: 75 ± 5.46240 → 69.53760 to 80.46240; Otherton's 70 lies below 95%, inside 99.8%
    // n = 1,000: √(0.0001875) = 0.0136931 → 1.36931 points; 95%: 75 ± 2.68384 → 72.31616 to 77.68384;
    //            Thirdshire's 76 lies within
    const limits400 = funnelLimits('proportion', 75, 400);
    expect(limits400.lower95).toBeCloseTo(70.75648, 4);
    expect(limits400.upper95).toBeCloseTo(79.24352, 4);
    expect(limits400.lower998).toBeCloseTo(68.30996, 4);
    expect(limits400.upper998).toBeCloseTo(81.69004, 4);
    const limits600 = funnelLimits('proportion', 75, 600);
    expect(limits600.lower95).toBeCloseTo(71.53518, 4);
    expect(limits600.lower998).toBeCloseTo(69.5376, 4);
    expect(funnelLimits('proportion', 75, 1000).upper95).toBeCloseTo(77.68384, 4);
    // ranks by better: higher, 80 first, 76 second, 70 third; proportions have no rate
    expect(out.peers.units).toEqual([
      { force: 'Testshire', value: 80, rate: null, position: 'above-95', rank: 1 },
      { force: 'Otherton', value: 70, rate: null, position: 'below-95', rank: 3 },
      { force: 'Thirdshire', value: 76, rate: null, position: 'within', rank: 2 },
    ]);
  });

  it('says so in the report\'s words', () => {
    const [view] = funnelViews(measure);
    expect(view.kind).toBe('peers');
    expect(view.per).toBe('%');
    expect(view.units.map((u) => unitSentence(view, u, measure))).toEqual([
      'Testshire (this force): 80.0%, above the 95% limit (better than the group as a whole, probably not by chance alone), 1st of 3',
      'Otherton: 70.0%, below the 95% limit (worse than the group as a whole, probably not by chance alone), 3rd of 3',
      'Thirdshire: 76.0%, within the limits (no different from the group as a whole beyond chance), 2nd of 3',
    ]);
  });

  it('without sample or of, ranks the forces but does not test them', () => {
    const plain = evaluate(withoutDenominators).out;
    expect(plain.peers.group).toBeNull();
    expect(plain.peers.units.map((u: { position: string | null; rank: number }) => [u.position, u.rank])).toEqual([
      [null, 1],
      [null, 3],
      [null, 2],
    ]);
  });
});
