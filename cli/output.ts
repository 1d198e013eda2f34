// Writes a command's result to stdout or, atomically, to the --output file.
import { lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { UsageError } from './errors';
import type { CliIO } from './io';

/** The file operations an atomic write uses; tests replace them to simulate a crash mid-write. */
export interface AtomicWriteOps {
  writeFile(path: string, text: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

const nodeOps: AtomicWriteOps = {
  writeFile: (path, text) => writeFileSync(path, text, { encoding: 'utf8', flag: 'wx' }),
  rename: renameSync,
  remove: (path) => rmSync(path, { force: true }),
};

/**
 * Writes a temporary file in the same folder, then renames it over the target: a reader sees the
 * old text or the new, never half of one. If either step fails the temporary file is removed and
 * the target is left as it was.
 */
export function writeFileAtomic(path: string, text: string, ops: AtomicWriteOps = nodeOps): void {
  const temporary = `${path}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    ops.writeFile(temporary, text);
    ops.rename(temporary, path);
  } catch (error) {
    try {
      ops.remove(temporary);
    } catch {
      // the temporary file may never have been created
    }
    throw error;
  }
}

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

/** Writes a command's result to --output, or says in plain words why it could not (exit 2). */
export function writeOutput(output: string, text: string): void {
  try {
    const target = outputTarget(output);
    if (target.atomic) writeFileAtomic(target.path, text);
    else writeFileSync(target.path, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'it may not be written there' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`Cannot write "${output}": ${why}`);
  }
}

export function writeResult(text: string, output: string | undefined, io: CliIO): void {
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  if (output) writeOutput(output, body);
  else io.stdout(body);
}
