// Packages loaded only when a command needs them (exceljs for a workbook, playwright-core for a
// PDF or a Word paper's charts), from the installed package rather than the bundle. Both are
// CommonJS, so require reads them: dist/cli.js runs the bundle from V8's code cache, where an
// import() of a package has no module loader to turn to.
import { createRequire } from 'node:module';

export function loadInstalled<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}
