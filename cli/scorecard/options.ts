// What every scorecard formatter takes besides the result.
import type { ScoreResult } from '../../core/results';

export interface ScorecardOptions {
  /** ANSI colours (the table only). */
  color?: boolean;
  /** The widest a line may be (the table only); default 100. */
  width?: number;
  /** How many of the latest points the sparkline shows; default 12. */
  sparkWidth?: number;
  /** One line per local area beneath each measure that has them (the table only). */
  areas?: boolean;
  /** Plan files that could not be scored at all (syntax errors, no plan in them). */
  unscored?: string[];
}

/** Returns the whole output, ending with a line break. */
export type ScorecardFormatter = (result: ScoreResult, options?: ScorecardOptions) => string;
