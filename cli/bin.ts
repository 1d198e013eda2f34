// The plan-score executable.
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
