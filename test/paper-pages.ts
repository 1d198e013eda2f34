// Reading PDFs in the tests of the Panel papers with poppler (pdfinfo, pdftotext).
import { execFileSync } from 'node:child_process';

export function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
}

/** Each page's text, whitespace folded to single spaces. */
export function pageTexts(pdf: string): string[] {
  const pages: string[] = [];
  const n = pageCount(pdf);
  for (let i = 1; i <= n; i++) pages.push(execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '));
  return pages;
}

/**
 * The whole text with every run of whitespace (line breaks, a table's columns) folded to one
 * space, and the page footers ("Page 3 of 20") taken out, so text running over a page reads on.
 */
export function foldedText(pdf: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .replace(/\s*Page \d+ of \d+\s*/g, ' ')
    .replace(/\f/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Whether `text` appears in `within`, whitespace folded and ignored (a long line may wrap anywhere). */
export function containsIgnoringSpace(within: string, text: string): boolean {
  return within.replace(/\s+/g, '').includes(text.replace(/\s+/g, ''));
}
