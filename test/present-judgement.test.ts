// A recorded judgement in words: the judged status beside the computed one, with its reason.
import { describe, expect, it } from 'vitest';
import { judgedStatus, judgementReason } from '../core/present/index';

const judged = {
  status: 'at-risk' as const,
  computedStatus: 'off-track' as const,
  override: { status: 'at-risk' as const, reason: 'The rise is the recording audit', by: 'Chief Executive', date: '2015-04-10' },
};

describe('a judgement in words', () => {
  it('shows the judged status with the computed one beside it, and the reason with who and when', () => {
    expect(judgedStatus(judged)).toBe('at risk (judged; computed: off track)');
    expect(judgementReason(judged)).toBe('Judged at risk by Chief Executive on 10 April 2015: The rise is the recording audit');
    expect(judgementReason({ ...judged, override: { ...judged.override, by: null } })).toBe('Judged at risk on 10 April 2015: The rise is the recording audit');
  });

  it('says nothing when no judgement applies', () => {
    expect(judgedStatus({ status: 'off-track', computedStatus: 'off-track', override: null })).toBeNull();
    expect(judgementReason({ status: 'off-track', computedStatus: 'off-track', override: null })).toBeNull();
  });
});
