// The file access the core needs, injected so that the core itself never touches a disk:
// the CLI passes Node's file system, the extension the workspace's.
export interface FileSystem {
  /** The file's text, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
}

/** A file system over a map of paths to texts, for tests and unsaved editor buffers. */
export function memoryFileSystem(files: Record<string, string>, fallback?: FileSystem): FileSystem {
  return {
    readFile: (path) => (path in files ? files[path] : fallback?.readFile(path)),
    exists: (path) => path in files || (fallback?.exists(path) ?? false),
  };
}
