// "How to read this report": the key at the top of the report and at the foot of the scorecard.
import { markdownText } from './escape';
import { statusSymbol } from './status';

export interface KeyEntry {
  term: string;
  text: string;
}

export const keyTitle = 'How to read this report';

const s = statusSymbol;

export const keyEntries: KeyEntry[] = [
  {
    term: 'Status',
    text: `${s('on-track')} on-track and ${s('achieved')} achieved (green): at or ahead of the trajectory to the target, or the target met. ${s('at-risk')} at-risk (amber): behind the trajectory but within the tolerance the plan allows, or within a survey's margin of error. ${s('off-track')} off-track and missed (red): further behind than that, or the target date passed without the target met. ${s('monitored')} monitored: no target, by decision; read its direction of travel.`,
  },
  {
    term: 'Grey statuses',
    text: `${s('no-data')} no-data, ${s('insufficient-data')} insufficient-data and ${s('unmeasured')} unmeasured give no verdict: there are no figures yet, not yet twelve months of them, or the measure has neither a target nor a reason to monitor it.`,
  },
  {
    term: 'Trajectory and expected value',
    text: 'The trajectory is the straight line from the baseline to the target. The expected value is where that line stands on the date of the latest figure; the gap says how far the figure is from it and whether that is better or worse.',
  },
  {
    term: 'Counts',
    text: 'Counts of events (crimes, referrals, charges) are totals for the 12 months to the month shown, so that seasons do not mislead.',
  },
  {
    term: 'Direction of travel',
    text: 'The arrow follows the figure over a year: ▲ up, ▼ down, ► level. The words say whether that is better or worse, and whether the change is beyond normal variation: too large to be chance (a significant change, tested at 95% confidence). A change within normal variation may be chance.',
  },
  {
    term: 'Survey figures',
    text: '"61% ±3" is a survey result with its margin of error: the true figure is 95% likely to lie within 3 points either way. A shortfall inside the margin is at-risk, not off-track.',
  },
  {
    term: 'Control limits',
    text: 'The usual range of a measure\'s figures, worked out from the figures themselves (statistical process control). A figure outside it, or an unusual run (7 in a row above or below average, or each higher or lower than the last), shows a real change: an improvement or a concern. If the target lies inside the range it will be met in some months and missed in others.',
  },
  {
    term: 'High-level and detailed measures',
    text: 'High-level measures decide an objective\'s status. Detailed measures sit beneath the high-level measure they support and show what lies behind it; they do not change the objective\'s status, so a green objective can have a red detailed measure.',
  },
  {
    term: 'Judged statuses',
    text: 'Where the figures cannot tell the whole story, the plan may record a status judged by a named person, with a date and a reason. It is always shown beside the status the figures give ("at risk (judged; computed: off track)"), and it lapses when newer figures arrive.',
  },
  {
    term: 'Compared with other areas',
    text: 'Local areas, and forces in the Most Similar Group, are compared on a funnel plot by their rate per 1,000 people (or their percentage, for survey results). The limits narrow as the population grows. Outside the 95% limits an area may differ from the whole; outside the 99.8% limits the difference is very unlikely to be chance. Inside them, a rank alone says little.',
  },
  {
    term: 'Stale',
    text: 'The latest figure is older than two reporting periods: the verdict may be out of date.',
  },
];

/** The key as Markdown lines under a heading of the given level. */
export function keyMarkdown(level: number): string[] {
  return [`${'#'.repeat(level)} ${keyTitle}`, '', ...keyEntries.map((e) => `- **${markdownText(e.term)}:** ${markdownText(e.text)}`), ''];
}
