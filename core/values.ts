// Reading values of a plan that may be malformed: the rules, the diff, the import and the editor
// all read files the schema may have rejected, so each checks a shape before it trusts it.

/** A mapping (not a list, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** An id or name as written, for reading and for messages: non-blank text, or a number as text. */
export function idText(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
