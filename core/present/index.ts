// The one vocabulary of every output: statuses, figures, dates, verdicts, escaping and reading order.
export * from './dates';
export * from './escape';
export * from './numbers';
export * from './order';
export * from './status';
export * from './verdicts';
export * from './judgement';
export * from './actions';
export * from './comparisons';
