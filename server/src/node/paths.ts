/**
 * Locating the project's own files at run time. The same code runs in three shapes:
 * bundled as <root>/dist/server.js or <root>/dist/cli.js, and from source under tsx
 * (<root>/server/src/node/paths.ts). Walking up to the folder that holds glossary/schema
 * works for all three without knowing which one we are.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

let cachedRoot: string | undefined;

/** The project root: the nearest ancestor of this module that contains glossary/schema. */
export function projectRoot(start: string = __dirname): string {
  if (cachedRoot && start === __dirname) return cachedRoot;
  let dir = path.resolve(start);
  for (;;) {
    if (isDir(path.join(dir, 'glossary', 'schema'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) {
      // Not found: fall back to the bundle layout (<root>/dist/x.js) so errors name a sensible path.
      dir = path.resolve(start, '..');
      break;
    }
    dir = parent;
  }
  if (start === __dirname) cachedRoot = dir;
  return dir;
}

/** The glossary shipped with the extension and the CLI. */
export function bundledGlossaryDir(): string {
  return path.join(projectRoot(), 'glossary');
}

export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The version in the project's package.json ("0.0.0" when it cannot be read). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
