/** Entry of dist/cli.js (bin/chinh-danh.js requires it). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageVersion } from '../node/paths';
import { run } from './run';

const argv = process.argv.slice(2);
if (argv[0] === 'lsp') startLanguageServer(argv.slice(1));
else void runCli();

/** `chinh-danh lsp [--stdio]`: the standalone language server for any LSP editor, the bundle VS Code runs. */
function startLanguageServer(rest: string[]): void {
  const server = path.join(__dirname, 'server.js');
  process.argv = [process.argv[0], server, ...(rest.length ? rest : ['--stdio'])];
  // The server bundle sits beside this one and starts itself when loaded; it is not imported for its exports.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(server);
}

async function runCli(): Promise<void> {
  try {
    process.exitCode = await run(argv, {
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      cwd: process.cwd(),
      version: packageVersion(),
      env: process.env,
      stdoutIsTTY: process.stdout.isTTY,
      stderrIsTTY: process.stderr.isTTY,
      readStdin: () => fs.readFileSync(0),
      // Undocumented: lets tests and reproducible CI runs pin "today".
      today: process.env.CHINH_DANH_TODAY || undefined,
    });
  } catch (err) {
    process.stderr.write(`chinh-danh: internal error: ${describe(err)}\n`);
    process.exitCode = 2;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
