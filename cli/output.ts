// Writes a command's result to stdout or, atomically, to the --output file.
import { renameSync, writeFileSync } from 'node:fs';
import type { CliIO } from './io';

export function writeFileAtomic(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
}

export function writeResult(text: string, output: string | undefined, io: CliIO): void {
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (output) writeFileAtomic(output, body);
  else io.stdout(body);
}
