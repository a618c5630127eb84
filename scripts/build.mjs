// Bundles the three entry points. Everything (vscode-languageserver, yaml, js-yaml, ajv, the schema)
// is bundled, so the .vsix and the CLI need no node_modules at run time.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What identifies this build's code, baked into the bundles: the compiled-glossary cache
 * (server/src/node/glossary-cache.ts) never reads a snapshot another build wrote. The same hash as
 * sourceFingerprint() there: package version, schema, and every .ts file under server/src.
 */
function engineFingerprint(root) {
  const hash = createHash('sha256');
  hash.update(`version ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  hash.update(readFileSync(join(root, 'glossary', 'schema', 'glossary.schema.json')));
  const files = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(join(root, 'server', 'src'));
  for (const f of files.sort()) hash.update(`${relative(root, f)}\n`).update(readFileSync(f));
  return hash.digest('hex');
}

/**
 * server/src/engine/glossary/quick-validator.ts compiles the glossary schema when first used; the bundles get the
 * code Ajv generates for it here instead (Ajv's standalone code: what `compile` would generate and evaluate at every
 * start, a tenth of a first 50,000-entry load). The options are that module's QUICK_VALIDATOR_OPTIONS.
 */
const precompiledValidator = {
  name: 'precompiled-glossary-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]engine[\\/]glossary[\\/]quick-validator\.ts$/ }, () => {
      const schema = JSON.parse(readFileSync(join(ROOT, 'glossary', 'schema', 'glossary.schema.json'), 'utf8'));
      const options = { strict: false, validateSchema: false };
      const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
      const code = standaloneCode(ajv, ajv.compile(schema));
      const name = /export default (\w+);/.exec(code)?.[1];
      if (!name) throw new Error('Ajv standalone code without a default export');
      const contents = [
        code,
        `export const QUICK_VALIDATOR_OPTIONS = ${JSON.stringify(options)};`,
        `export function quickValidator() { return (value) => ${name}(value) === true; }`,
      ].join('\n');
      return { contents, loader: 'js', resolveDir: ROOT };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  define: { CHINH_DANH_ENGINE_FINGERPRINT: JSON.stringify(engineFingerprint(ROOT)) },
  plugins: [precompiledValidator],
};
const production = process.argv.includes('--production');
// npm run bench measures the engine as it ships: bundled by esbuild with these options, not as tsx compiles it
// (tsx keeps function names with a wrapper call per closure, and would hash the sources for every cache key).
const bench = process.argv.includes('--bench');

await Promise.all([
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', minify: production }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', minify: production }),
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    minify: production,
  }),
  ...(bench
    ? ['bench', 'load-child', 'tool-worker', 'echo-server'].map((name) =>
        // The bench's own tools (textlint, cspell) stay in node_modules: they are dev dependencies of the bench only.
        build({ ...common, entryPoints: [`bench/${name}.ts`], outfile: `out/bench/${name}.js`, packages: 'external' }),
      )
    : []),
]);
