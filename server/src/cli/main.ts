/** Entry of dist/cli.js (bin/chinh-danh.js requires it). */
import { packageVersion } from '../node/paths';
import { run } from './run';

try {
  process.exitCode = run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    version: packageVersion(),
    // Undocumented: lets tests and reproducible CI runs pin "today".
    today: process.env.CHINH_DANH_TODAY || undefined,
  });
} catch (err) {
  process.stderr.write(`chinh-danh: internal error: ${(err as Error)?.stack ?? err}\n`);
  process.exitCode = 2;
}
