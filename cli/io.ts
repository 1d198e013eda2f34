// Where a command writes: stdout carries the result, stderr everything else.
import { ukDate } from '../core/periods';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: colour only then, and never with NO_COLOR. */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** The terminal's width in columns, when stdout is a terminal. */
  columns?: number;
  /** This program's own file, for starting worker threads on large sets of plans (cli/parallel.ts). */
  workerEntry?: string;
}

export function useColor(io: CliIO): boolean {
  return io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && io.env.FORCE_COLOR !== '0';
}

/** Today in the UK, as the editor has it too. */
export function today(): string {
  return ukDate(new Date());
}

/** The width to lay a table out in: the terminal's (60 to 200 columns), else 100. */
export function tableWidth(io: CliIO, toFile: boolean): number {
  if (toFile || !io.isTTY || !io.columns || !Number.isFinite(io.columns)) return 100;
  return Math.max(60, Math.min(200, Math.floor(io.columns)));
}
