// Plan text made safe for the medium it is written into. Plan text is shown, never acted on.

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Plan text on one line: line breaks and tabs become spaces. */
export function foldLines(text: unknown): string {
  return String(text ?? '')
    .replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ')
    .trim();
}

/** Text safe inline in Markdown: one line, control characters dropped, characters Markdown or HTML would act on escaped. */
export function markdownText(text: unknown): string {
  return foldLines(text)
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\`*_{}[\]<>#!~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
}

/** Text safe in a Markdown table cell: as markdownText, with pipes escaped too. */
export function markdownCell(text: unknown): string {
  return markdownText(text).replace(/\|/g, '\\|');
}

/** A file name or path in Markdown code: backticks cannot end the span early. */
export function markdownCode(text: unknown): string {
  return `\`${foldLines(text).replace(/`/g, "'")}\``;
}

/** Links are followed only when they are plain web addresses; anything else (javascript:, data:) is shown as text. */
export function safeLink(link: string | null | undefined): string | undefined {
  if (typeof link !== 'string') return undefined;
  const trimmed = link.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
