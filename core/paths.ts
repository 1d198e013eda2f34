// Path arithmetic on plain strings, for both POSIX (/) and Windows (\ and C:) paths, so that the
// core needs no Node module and can run in a browser too. Paths stay relative when given relative;
// only the injected file system knows the working folder.

export interface PathApi {
  dirname(path: string): string;
  join(...parts: string[]): string;
  /** `to` read from the folder `from`: `to` itself when absolute, else the two joined. */
  resolve(from: string, to: string): string;
}

function makeApi(windows: boolean): PathApi {
  const sep = windows ? '\\' : '/';
  const isSep = (c: string) => c === '/' || (windows && c === '\\');
  const rootOf = (path: string): string => {
    if (windows) {
      const drive = /^[a-zA-Z]:[\\/]?/.exec(path);
      if (drive) return drive[0].length === 3 ? `${drive[0].slice(0, 2)}\\` : drive[0];
    }
    return path.length > 0 && isSep(path[0]) ? sep : '';
  };
  const normalize = (path: string): string => {
    const root = rootOf(path);
    const out: string[] = [];
    for (const part of path.slice(root.length).split(windows ? /[\\/]+/ : /\/+/)) {
      if (part === '' || part === '.') continue;
      if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (part === '..' && root !== '') continue;
      else out.push(part);
    }
    const body = out.join(sep);
    return root + body || (root === '' ? '.' : root);
  };
  const isAbsolute = (path: string) => rootOf(path) !== '' && (!windows || /^([a-zA-Z]:)?[\\/]/.test(path));
  return {
    dirname(path) {
      const root = rootOf(path);
      let end = path.length;
      while (end > root.length && isSep(path[end - 1])) end--;
      while (end > root.length && !isSep(path[end - 1])) end--;
      while (end > root.length && isSep(path[end - 1])) end--;
      return end === 0 ? (root || '.') : path.slice(0, Math.max(end, root.length)) || root;
    },
    join: (...parts) => normalize(parts.filter((p) => p !== '').join(sep)),
    resolve: (from, to) => (isAbsolute(to) ? normalize(to) : normalize(`${from}${sep}${to}`)),
  };
}

const posixApi = makeApi(false);
const windowsApi = makeApi(true);

/** The path rules a file's own path is written in: Windows for C:\… or a backslash, else POSIX. */
export function pathApi(file: string): PathApi {
  return /^[a-zA-Z]:[\\/]/.test(file) || file.includes('\\') ? windowsApi : posixApi;
}
