// The report's colours as CSS custom properties with their defaults, so an editor's theme can set them.

export interface Theme {
  text: string;
  muted: string;
  grid: string;
  good: string;
  warn: string;
  bad: string;
  watch: string;
  none: string;
  series: string;
  improvement: string;
  concern: string;
  /** Special cause on a measure where neither direction is better (Making Data Count's purple). */
  neutral: string;
  baseline: string;
  target: string;
  centre: string;
  limit: string;
  interval: string;
  font: string;
}

/** Defaults: readable on white and in print; special-cause colours follow "Making Data Count" (blue improvement, orange concern). */
export const defaultTheme: Theme = {
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d8dee4',
  good: '#1a7f37',
  warn: '#9a6700',
  bad: '#cf222e',
  watch: '#0969da',
  none: '#6e7781',
  series: '#24292f',
  improvement: '#0072c6',
  concern: '#e46c0a',
  neutral: '#7030a0',
  baseline: '#57606a',
  target: '#8250df',
  centre: '#6e7781',
  limit: '#a0a8b0',
  interval: '#8c959f',
  font: 'system-ui, -apple-system, "Segoe UI", Arial, sans-serif',
};

export const themeVariables: Record<keyof Theme, string> = {
  text: '--ps-text',
  muted: '--ps-muted',
  grid: '--ps-grid',
  good: '--ps-good',
  warn: '--ps-warn',
  bad: '--ps-bad',
  watch: '--ps-watch',
  none: '--ps-none',
  series: '--ps-series',
  improvement: '--ps-improvement',
  concern: '--ps-concern',
  neutral: '--ps-neutral',
  baseline: '--ps-baseline',
  target: '--ps-target',
  centre: '--ps-centre',
  limit: '--ps-limit',
  interval: '--ps-interval',
  font: '--ps-font',
};

/** The CSS custom properties with their defaults, for stylesheets that want to declare them. */
export function themeDeclarations(theme: Theme = defaultTheme): string {
  return (Object.keys(themeVariables) as (keyof Theme)[]).map((k) => `${themeVariables[k]}: ${theme[k]};`).join(' ');
}
