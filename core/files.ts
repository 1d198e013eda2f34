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
  writeFile(path: string, text: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}

/**
 * Writes a temporary file in the same folder, then renames it over the target: a reader sees the
 * old text or the new, never half of one. If either step fails the temporary file is removed and
 * the target is left as it was.
 */
export function writeFileAtomic(path: string, text: string, ops: AtomicWriteOps): void {
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
