/** Runs the built CLI (bin/chinh-danh.js → dist/cli.js) as a real process with a controlled environment. */
import { spawnSync } from 'node:child_process';
import { CLI_BIN, ROOT } from '../support/build';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Added to a clean environment: a Vietnamese locale, no colour variables, "today" pinned to 2026-11-23. */
  env?: Record<string, string>;
  input?: string | Buffer;
}

/** The caller's locale and colour settings must not change what the tests see. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'vi_VN.UTF-8', CHINH_DANH_TODAY: '2026-11-23' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  return env;
}

export function cli(args: string[], options: CliOptions = {}): Run {
  const r = spawnSync(process.execPath, [CLI_BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...baseEnv(), ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
