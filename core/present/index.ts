// The one vocabulary of every output: statuses, figures, dates, verdicts, escaping and reading order.
export * from './control';
export * from './dates';
export * from './escape';
export * from './figures';
export * from './key';
export * from './movement';
export * from './numbers';
export * from './objective';
export * from './order';
export * from './status';
export * from './judgement';
export * from './actions';
export * from './comparisons';
export * from './years';
export * from './year-to-date';
