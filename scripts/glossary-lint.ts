/**
 * Loads the bundled glossary (or the folders given) and prints every problem as file:line:column, then counts.
 * Usage: npx tsx scripts/glossary-lint.ts [DIR ...]
 */
import * as path from 'node:path';
import { loadGlossary, bundledGlossaryDir } from '../server/src/node/glossary-loader';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [bundledGlossaryDir()];
const result = loadGlossary(dirs);
for (const p of result.problems) {
  console.log(`${path.relative(process.cwd(), p.file)}:${p.line}:${p.column}: ${p.message}`);
}
const d = result.glossary?.data;
if (d) {
  const tenures = d.people.reduce((n, p) => n + p.titles.length, 0);
  console.log(
    `ok: ${d.people.length} people, ${tenures} tenures, ${d.offices.length} offices, ${d.bodies.length} bodies, ` +
      `${d.documents.length} documents, ${d.terms.length} terms, ${d.sources.length} sources`,
  );
}
process.exitCode = result.problems.length ? 1 : 0;
