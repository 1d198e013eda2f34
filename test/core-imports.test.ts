// The core's modules import each other without circles, and the core reads no Node-only module
// that a browser build could not have (DESIGN §2: one pure engine, reused unchanged).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = resolve('core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports of a file (`import … from './x'`, `export … from '../y'`), type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms)) {
    let target = resolve(dirname(file), m[1]);
    if (!target.endsWith('.ts')) target = statSync(target, { throwIfNoEntry: false })?.isDirectory() ? join(target, 'index.ts') : `${target}.ts`;
    targets.push(target);
  }
  return targets;
}

function circles(files: string[]): string[][] {
  return circlesIn(new Map(files.map((f) => [f, importsOf(f).filter((t) => t.startsWith(coreDir))])));
}

function circlesIn(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') found.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(coreDir, x)));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe('the core', () => {
  const files = sourceFiles(coreDir);

  it('has modules to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports no Node module (node:path, node:crypto …): paths and hashes are its own', () => {
    const nodeOnly = files.filter((f) => /\bfrom\s+'(node:[^']+|path|crypto|fs|os|url)'/.test(readFileSync(f, 'utf8')));
    expect(nodeOnly.map((f) => relative(coreDir, f))).toEqual([]);
  });

  it('writes to no terminal and reads no process: the command line and the editor present what it returns', () => {
    // comments aside, no console, no process (its environment, its exit) and no vscode
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const impure = files.filter((f) => /\b(?:console|process)\s*\.|\bfrom\s+'vscode'/.test(code(f)));
    expect(impure.map((f) => relative(coreDir, f))).toEqual([]);
  });

  it('imports without circles', () => {
    expect(circles(files)).toEqual([]);
  });

  it('reads the imports it checks, and finds a circle when there is one', () => {
    expect(importsOf(join(coreDir, 'source.ts'))).toContain(join(coreDir, 'source-fast.ts'));
    const a = join(coreDir, 'a.ts');
    const b = join(coreDir, 'b.ts');
    const c = join(coreDir, 'c.ts');
    expect(circlesIn(new Map([[a, [b]], [b, [c]], [c, [a]]]))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
  });
});
