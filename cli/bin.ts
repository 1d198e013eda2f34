// The plan-score executable (and, started by cli/parallel.ts, one of its worker threads).
import { isMainThread } from 'node:worker_threads';

// A worker thread of cli/parallel.ts loads only the scoring code; the main thread only what its command needs.
if (!isMainThread) {
  void import('./parallel').then(({ runAsPlanWorker }) => runAsPlanWorker());
} else {
  void import('./main').then(({ main }) => run(main));
}

function run(main: typeof import('./main').main): void {
  // A reader that stops early (`plan-score plans/ --format json | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    workerEntry: import.meta.url,
  }).then((code) => {
    process.exitCode = code;
  });
}
