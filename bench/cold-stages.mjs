// One cold process's account of a check, for `npm run bench`: how long node took to reach this
// script, to load the core's bundle, and each stage of the first (unoptimised) check of a plan,
// with the time spent collecting garbage. Prints JSON: node bench/cold-stages.mjs <as-of> <plan>...
// (with several plans, the stages' times are summed over them, as one thread checks a set).
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [asOf, ...files] = process.argv.slice(2);
let gc = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gc += entry.duration;
});
observer.observe({ entryTypes: ['gc'] });
const started = performance.now();
const core = await import(pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), '../dist/bench-core.js')).href);
const loaded = performance.now();
const stages = { read: 0, validate: 0, data: 0, evaluate: 0, rules: 0 };
for (const file of files) {
  const times = core.timedCheck(readFileSync(file, 'utf8'), file, asOf);
  for (const stage of Object.keys(stages)) stages[stage] += times[stage];
}
// garbage collections are reported after the fact
await new Promise((resolve) => setTimeout(resolve, 10));
observer.disconnect();
console.log(JSON.stringify({ boot: started, load: loaded - started, stages, gc }));
