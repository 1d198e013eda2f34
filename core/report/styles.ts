// The scorecard's stylesheet: screen and print (A4). The editor's preview reuses it and maps its
// theme onto the --ps-* custom properties.
import { themeDeclarations } from './theme';

export const reportCss = `
:root { ${themeDeclarations()} --ps-bg: #ffffff; --ps-panel: #f6f8fa; --ps-border: #d0d7de; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--ps-bg); color: var(--ps-text); font: 14px/1.45 var(--ps-font); }
.ps-root { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; }
.ps-report h1 { font-size: 1.6em; margin: 0 0 4px; }
.ps-report h2 { font-size: 1.3em; margin: 32px 0 4px; border-bottom: 2px solid var(--ps-border); padding-bottom: 4px; }
.ps-report h3 { font-size: 1.1em; margin: 28px 0 8px; }
.ps-report h4 { font-size: 0.95em; margin: 12px 0 6px; }
.ps-asof, .ps-file, .ps-muted, .ps-source, .ps-at { color: var(--ps-muted); }
.ps-file { font-family: ui-monospace, Consolas, monospace; font-size: 0.85em; margin: 0 0 12px; }
.ps-id { font-weight: 600; color: var(--ps-muted); font-variant-numeric: tabular-nums; }
.ps-status { white-space: nowrap; font-weight: 600; }
.ps-symbol { display: inline-block; min-width: 1em; text-align: center; }
.ps-tone-good { color: var(--ps-good); }
.ps-tone-warn { color: var(--ps-warn); }
.ps-tone-bad { color: var(--ps-bad); }
.ps-tone-watch { color: var(--ps-watch); }
.ps-tone-none { color: var(--ps-none); }
.ps-summary { display: flex; flex-wrap: wrap; gap: 12px 40px; margin: 8px 0 12px; }
.ps-summary-group h4 { margin: 0 0 4px; }
.ps-counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
.ps-count { font-weight: 700; font-variant-numeric: tabular-nums; }
.ps-report table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 0.92em; }
.ps-report th, .ps-report td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--ps-border); }
.ps-report th { background: var(--ps-panel); font-weight: 600; }
.ps-report .ps-num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.ps-report th.ps-report .ps-num { text-align: right; }
.ps-at { display: block; font-size: 0.85em; }
.ps-nested .ps-measure-title { padding-left: 28px; }
.ps-tag { font-size: 0.75em; border: 1px solid var(--ps-border); border-radius: 8px; padding: 0 6px; color: var(--ps-muted); white-space: nowrap; }
.ps-stale { color: var(--ps-warn); border-color: var(--ps-warn); }
.ps-clickable { cursor: pointer; }
.ps-clickable:hover, .ps-clickable:focus { background: var(--ps-panel); outline: 1px solid var(--ps-border); }
.ps-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(420px, 1fr)); gap: 16px; margin: 12px 0; }
.ps-chart { margin: 0; padding: 10px; border: 1px solid var(--ps-border); border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
.ps-chart figcaption { font-weight: 600; margin-bottom: 6px; }
.ps-canvas-box { position: relative; height: 280px; }
.ps-funnel { grid-column: 1 / -1; margin: 0; padding: 10px; border: 1px solid var(--ps-border); border-radius: 6px; break-inside: avoid; page-break-inside: avoid; }
.ps-funnel figcaption { font-weight: 600; margin-bottom: 6px; }
.ps-funnel .ps-canvas-box { height: 340px; }
.ps-funnel-table { font-size: 0.9em; margin-top: 8px; }
.ps-funnel-table .ps-self th, .ps-funnel-table .ps-self td { font-weight: 700; }
.ps-funnel-words { font-size: 0.85em; color: var(--ps-muted); margin: 6px 0 0; padding-left: 18px; }
.ps-no-chart { height: auto; }
.ps-no-chart canvas { display: none; }
.ps-source { font-size: 0.8em; margin: 4px 0 0; }
.ps-note { font-size: 0.85em; margin: 6px 0 0; }
.ps-evidence { margin: 8px 0 12px; }
.ps-evidence-list { margin: 0; padding-left: 0; list-style: none; }
.ps-evidence-list li { padding: 4px 0; border-bottom: 1px dotted var(--ps-border); }
.ps-evidence-list time { font-variant-numeric: tabular-nums; color: var(--ps-muted); margin-right: 4px; }
.ps-link { word-break: break-all; }
.ps-link-text { color: var(--ps-muted); word-break: break-all; }
.ps-finding-list { list-style: none; padding: 0; margin: 0; font-size: 0.9em; }
.ps-finding { padding: 3px 0; border-bottom: 1px dotted var(--ps-border); }
.ps-severity { font-weight: 700; text-transform: uppercase; font-size: 0.8em; }
.ps-severity-error .ps-severity { color: var(--ps-bad); }
.ps-severity-warning .ps-severity { color: var(--ps-warn); }
.ps-severity-info .ps-severity { color: var(--ps-watch); }
.ps-where { font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; color: var(--ps-muted); }
.ps-rule { color: var(--ps-muted); font-size: 0.85em; }
.ps-rule::before { content: "("; } .ps-rule::after { content: ")"; }
.ps-changes { margin: 12px 0 8px; }
.ps-change-list { margin: 4px 0 0; padding-left: 18px; }
.ps-change-list li { padding: 2px 0; }
.ps-foot { margin-top: 32px; border-top: 1px solid var(--ps-border); padding-top: 8px; color: var(--ps-muted); font-size: 0.9em; }
.ps-source-list { margin: 0; padding-left: 18px; font-family: ui-monospace, Consolas, monospace; font-size: 0.9em; }
.ps-key { margin: 16px 0 8px; padding: 8px 14px; border: 1px solid var(--ps-border); border-radius: 6px; background: var(--ps-panel); }
.ps-key h2 { margin-top: 4px; border-bottom: none; }
.ps-key summary { font-weight: 600; cursor: pointer; }
.ps-key-list { margin: 6px 0; display: grid; grid-template-columns: 14em 1fr; gap: 4px 14px; }
.ps-key-list > div { display: contents; }
.ps-key-list dt { font-weight: 600; }
.ps-key-list dd { margin: 0; }
@media (max-width: 40em) { .ps-key-list { grid-template-columns: 1fr; } .ps-key-list dd { margin-bottom: 6px; } }
.ps-description { margin: 0 0 6px; }
.ps-facts { display: flex; flex-wrap: wrap; gap: 2px 24px; margin: 4px 0 8px; }
.ps-facts > div { display: flex; gap: 6px; }
.ps-facts dt { font-weight: 600; color: var(--ps-muted); }
.ps-facts dt::after { content: ":"; }
.ps-facts dd { margin: 0; }
.ps-detail-note { font-weight: 600; }
.ps-report table.ps-years { margin: 8px 0 4px; font-size: 0.85em; }
.ps-years caption { text-align: left; font-weight: 600; padding: 2px 0 4px; }
/* one five-year table per objective is for print; the screen has one under each chart */
table.ps-years-all { display: none; }
.ps-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 9.5pt; background: #fff; }
  .ps-root { max-width: none; padding: 0; }
  .ps-objective { break-before: page; page-break-before: always; }
  /* an objective's table and its charts on one page where they fit */
  .ps-objective { break-inside: avoid; page-break-inside: avoid; }
  .ps-measures, .ps-changes li { break-inside: avoid; page-break-inside: avoid; }
  .ps-findings, .ps-plan + .ps-plan { break-before: page; page-break-before: always; }
  .ps-report h2, .ps-report h3, .ps-report h4 { break-after: avoid; page-break-after: avoid; }
  .ps-report tr, .ps-evidence-list li, .ps-finding { break-inside: avoid; page-break-inside: avoid; }
  .ps-report thead { display: table-header-group; }
  .ps-clickable { cursor: auto; }
  .ps-clickable:hover, .ps-clickable:focus { background: none; outline: none; }
  .ps-charts { grid-template-columns: 1fr 1fr; gap: 4mm; }
  .ps-key { break-after: page; page-break-after: always; }
  .ps-chart { padding: 2mm; border-color: #bbb; }
  .ps-report h3 { margin: 0 0 6px; }
  .ps-canvas-box { height: 36mm; }
  /* smaller print for the wordy tables, so that an objective keeps to its page */
  .ps-report table.ps-measures { font-size: 8pt; table-layout: fixed; width: 100%; }
  .ps-measures th:nth-child(1) { width: 10%; }
  .ps-measures th:nth-child(2) { width: 14%; }
  .ps-measures th:nth-child(3) { width: 12%; }
  .ps-measures th:nth-child(4) { width: 10%; }
  .ps-measures th:nth-child(5) { width: 11%; }
  .ps-measures th:nth-child(6) { width: 19%; }
  .ps-measures th:nth-child(7) { width: 24%; }
  .ps-report table.ps-actions, .ps-report table.ps-recommendations { font-size: 8pt; }
  .ps-measures td, .ps-measures th { padding: 2px 4px; }
  .ps-chart .ps-legend, .ps-chart figcaption { margin: 0; }
  .ps-report table.ps-years { font-size: 7.5pt; margin: 4px 0 2px; }
  .ps-years th, .ps-years td { padding: 1px 4px; }
  .ps-years th[scope="row"] { white-space: nowrap; }
  /* the caption already says whether each figure is a year's total or its year-end figure */
  .ps-years th:nth-child(3), .ps-years td:nth-child(3) { display: none; }
  .ps-chart table.ps-years { display: none; }
  .ps-report table.ps-years-all { display: table; width: 100%; break-inside: avoid; page-break-inside: avoid; }
  .ps-years-all th:nth-child(3), .ps-years-all td:nth-child(3) { display: table-cell; }
  .ps-key { font-size: 8.5pt; }
  .ps-canvas-box canvas { max-width: 100% !important; }
  .ps-link::after { content: none; }
  a { color: inherit; text-decoration: underline; }
}
`;
