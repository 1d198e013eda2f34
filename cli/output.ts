// Writes a command's result to stdout or, atomically, to the --output file.
import { lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFileAtomic, type AtomicWriteOps } from '../core/files';
import { UsageError } from './errors';
import type { CliIO } from './io';

/** Node's file operations for atomic writes (the temporary file is created new, never reused). */
export const nodeWriteOps: AtomicWriteOps = {
  writeFile: (path, text) => writeFileSync(path, text, typeof text === 'string' ? { encoding: 'utf8', flag: 'wx' } : { flag: 'wx' }),
  rename: renameSync,
  remove: (path) => rmSync(path, { force: true }),
};

/**
 * Where --output really writes: through a symbolic link to the file it names (so the link stays a
 * link), and straight into anything that is not a plain file (a pipe, /dev/stdout), where
 * replacing it by a rename would be wrong.
 */
function outputTarget(output: string): { path: string; atomic: boolean } {
  try {
    if (lstatSync(output).isSymbolicLink()) output = realpathSync(output);
    return { path: output, atomic: statSync(output).isFile() };
  } catch {
    return { path: output, atomic: true }; // a new file (or a broken link's target to be)
  }
}

/** Writes a command's result (text, or the bytes of a PDF or Word file) to --output, or says in plain words why it could not (exit 2). */
export function writeOutput(output: string, text: string | Uint8Array): void {
  try {
    const target = outputTarget(output);
    if (target.atomic) writeFileAtomic(target.path, text, nodeWriteOps);
    else writeFileSync(target.path, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'it may not be written there' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`Cannot write "${output}": ${why}`);
  }
}

/** A result given in pieces (`score --format json` of a national set) goes to stdout piece by piece. */
export function writeResult(text: string | readonly string[], output: string | undefined, io: CliIO): void {
  if (typeof text !== 'string') {
    if (output || text.length === 0 || !text[text.length - 1].endsWith('\n')) return writeResult(text.join(''), output, io);
    for (const piece of text) io.stdout(piece);
    return;
  }
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (output) writeOutput(output, body);
  else io.stdout(body);
}
