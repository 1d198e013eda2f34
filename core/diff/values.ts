// Reading values of a plan that may be malformed, for the diff: ids come out as null where the diff's JSON says so.
import { idText } from '../values';

export { isRecord } from '../values';

export function idOf(v: unknown): string | null {
  return idText(v) ?? null;
}
