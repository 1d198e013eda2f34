// The preview's own styles over the report's: the editor theme's colours, and a layout that fits
// a narrow side column (long words wrap; a table wider than the column scrolls inside itself,
// never cut off at the edge). No editor API here, so a browser test can use the same styles.

export const previewCss = `:root {
  --ps-bg: var(--vscode-editor-background); --ps-text: var(--vscode-editor-foreground);
  --ps-muted: var(--vscode-descriptionForeground); --ps-panel: var(--vscode-sideBar-background, var(--vscode-editor-background));
  --ps-border: var(--vscode-panel-border, var(--vscode-editorWidget-border)); --ps-grid: var(--vscode-editorWidget-border, var(--vscode-panel-border));
  --ps-good: var(--vscode-testing-iconPassed, var(--vscode-charts-green)); --ps-warn: var(--vscode-editorWarning-foreground);
  --ps-bad: var(--vscode-editorError-foreground); --ps-watch: var(--vscode-editorInfo-foreground);
  --ps-none: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); --ps-series: var(--vscode-editor-foreground);
  --ps-target: var(--vscode-charts-purple); --ps-font: var(--vscode-font-family);
}
body { padding: 0 12px; }
.ps-report a { color: var(--vscode-textLink-foreground); }
.ps-report { max-width: 100%; overflow-wrap: anywhere; }
.ps-report table { display: block; max-width: 100%; overflow-x: auto; }
.ps-report .ps-charts { grid-template-columns: repeat(auto-fill, minmax(min(420px, 100%), 1fr)); }
.ps-report .ps-chart, .ps-report .ps-canvas-box { min-width: 0; max-width: 100%; }
.ps-report .ps-canvas-box canvas { max-width: 100%; }`;
