// Reads the report's colours from the CSS custom properties on the rendered root.
import { defaultTheme, themeVariables, type Theme } from '../core/report/theme';

export type { Theme };

/** The theme as the element's computed style has it, each missing variable falling back to its default. */
export function readTheme(element: Element): Theme {
  const theme = { ...defaultTheme };
  let style: CSSStyleDeclaration | undefined;
  try {
    style = element.ownerDocument.defaultView?.getComputedStyle(element);
  } catch {
    style = undefined;
  }
  if (!style) return theme;
  for (const key of Object.keys(themeVariables) as (keyof Theme)[]) {
    const value = style.getPropertyValue(themeVariables[key]).trim();
    if (value) theme[key] = value;
  }
  return theme;
}

