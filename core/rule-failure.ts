/** A lint rule threw on a file the schema accepted: a bug to report, not a finding. */
export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly file: string,
    readonly cause: unknown,
  ) {
    super(`Rule ${ruleId} failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}
