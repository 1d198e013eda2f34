// The file access the core needs, injected so that the core itself never touches a disk:
// the CLI passes Node's file system, the extension the workspace's.
export interface FileSystem {
  /** The file's text, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  /** The path made absolute from the working folder, where there is one (the config is looked for up to the root). */
  absolute?(path: string): string;
}

/** A file system over a map of paths to texts, for tests and unsaved editor buffers. */
export function memoryFileSystem(files: Record<string, string>, fallback?: FileSystem): FileSystem {
  return {
    readFile: (path) => (path in files ? files[path] : fallback?.readFile(path)),
    exists: (path) => path in files || (fallback?.exists(path) ?? false),
  };
}

/** The file operations an atomic write uses, injected like the file system; tests replace them to simulate a crash mid-write. */
export interface AtomicWriteOps {
  writeFile(path: string, text: string | Uint8Array): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

/**
 * Writes a temporary file in the same folder, then renames it over the target: a reader sees the
 * old text or the new, never half of one. If either step fails the temporary file is removed and
 * the target is left as it was.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, ops: AtomicWriteOps): void {
  const temporary = `${path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
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
 * Writes several files as one change: every temporary file first, then the renames. If a
 * temporary cannot be written, nothing is renamed; if a rename fails, the files already renamed
 * get their earlier text back, so the set is left all old or all new.
 */
export function writeFilesAtomic(files: { path: string; before: string; after: string }[], ops: AtomicWriteOps): void {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temporaries = files.map((f, i) => `${f.path}.${stamp}${i}.tmp`);
  const written: string[] = [];
  const removeAll = (paths: string[]) => {
    for (const p of paths) {
      try {
        ops.remove(p);
      } catch {
        // already gone
      }
    }
  };
  try {
    files.forEach((f, i) => {
      ops.writeFile(temporaries[i], f.after);
      written.push(temporaries[i]);
    });
  } catch (error) {
    removeAll([...written, temporaries[written.length]]);
    throw error;
  }
  let renamed = 0;
  try {
    for (; renamed < files.length; renamed++) ops.rename(temporaries[renamed], files[renamed].path);
  } catch (error) {
    removeAll(temporaries.slice(renamed));
    for (let i = 0; i < renamed; i++) writeFileAtomic(files[i].path, files[i].before, ops);
    throw error;
  }
}
