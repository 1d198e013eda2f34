// Problems that stop a command before it can give a result: exit code 2.
export class UsageError extends Error {}
