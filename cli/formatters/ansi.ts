// A minimal set of ANSI styles for terminal output; every style is the identity when colour is off.

export type Style = (text: string) => string;

export interface Palette {
  red: Style;
  yellow: Style;
  cyan: Style;
  green: Style;
  dim: Style;
  bold: Style;
  underline: Style;
}

const ESC = '\u001b[';

function style(open: number, close: number): Style {
  return (text) => (text === '' ? '' : `${ESC}${open}m${text}${ESC}${close}m`);
}

const on: Palette = {
  red: style(31, 39),
  yellow: style(33, 39),
  cyan: style(36, 39),
  green: style(32, 39),
  dim: style(2, 22),
  bold: style(1, 22),
  underline: style(4, 24),
};

const identity: Style = (text) => text;

const off: Palette = {
  red: identity,
  yellow: identity,
  cyan: identity,
  green: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

export function palette(color: boolean): Palette {
  return color ? on : off;
}

/**
 * Makes text safe to print on a terminal: control characters (escape sequences from a plan's own
 * text among them) are shown as visible escapes instead of acting on the terminal. Tabs and line
 * breaks are left to the caller.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
