/**
 * No code from data: nothing a glossary, a draft or a setting contains is ever run as code or compiled into a
 * regular expression. The shipped sources (server/src, client/src; tests aside) have no eval, no Function
 * constructor, no vm, no dynamic import or require of a computed path, and every RegExp built at run time is
 * built from the program's own constants (listed and reviewed below); ESLint's no-eval / no-new-func /
 * no-implied-eval guard the first part too. A YAML tag that other loaders turn into code (!!js/function) stays a
 * string here. Matching glossary phrases in text uses the syllable trie (engine/match/phrase-index.ts), never a
 * regular expression made of glossary words.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseGlossaryFiles } from '../../server/src/engine/glossary/parse';
import { ROOT } from '../support/build';

/** Every RegExp built at run time, by file, with what it is built from. A new one needs a review and a line here. */
const REVIEWED_REGEXP_SITES: Record<string, { count: number; from: string }> = {
  'server/src/engine/directives/parse.ts': { count: 2, from: 'the constant directive form (FORM)' },
  'server/src/engine/checks/title-evaluation.ts': {
    count: 3,
    from: 'a constant list of verbs (CHANGE_OF_POST_VERBS), and its own source with other flags (twice)',
  },
  'server/src/engine/match/citations.ts': { count: 2, from: 'DOCUMENT_KINDS, a constant list of document kinds' },
  'server/src/engine/time/date-expressions.ts': { count: 1, from: 'constant date patterns' },
  'server/src/engine/extract/documents.ts': {
    count: 1,
    from: 'EMBEDDED_CITATION, itself built from the constant document kinds',
  },
};

/** The one computed require: the server bundle beside the CLI bundle (path.join(__dirname, 'server.js')). */
const REVIEWED_REQUIRE_SITES: Record<string, number> = { 'server/src/cli/main.ts': 1 };

function shippedSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !rel.includes('/testing/')) out.push(rel);
    }
  };
  walk('server/src');
  walk('client/src');
  return out;
}

/** Source text without comments, so a comment that names eval is not a finding. */
function code(file: string): string {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

test('no eval, Function constructor, vm or computed import in the shipped sources', () => {
  const found: string[] = [];
  const requires: Record<string, number> = {};
  for (const file of shippedSources()) {
    const text = code(file);
    for (const [name, re] of [
      ['eval', /\beval\s*\(/],
      ['Function constructor', /\bnew\s+Function\b|[^.\w]Function\s*\(/],
      ['vm', /\bfrom\s+['"](node:)?vm['"]|\brunIn(New|This)?Context\b/],
      ['dynamic import', /\bimport\s*\(/],
      ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
    ] as const) {
      if (re.test(text)) found.push(`${file}: ${name}`);
    }
    const n = (text.match(/\brequire\s*\(/g) ?? []).length;
    if (n) requires[file] = n;
  }
  assert.deepEqual(found, []);
  assert.deepEqual(requires, REVIEWED_REQUIRE_SITES);
});

test('every RegExp built at run time is one of the reviewed sites, built from constants', () => {
  const sites: Record<string, number> = {};
  for (const file of shippedSources()) {
    const n = (code(file).match(/\bRegExp\s*\(/g) ?? []).length;
    if (n) sites[file] = n;
  }
  assert.deepEqual(
    sites,
    Object.fromEntries(Object.entries(REVIEWED_REGEXP_SITES).map(([f, { count }]) => [f, count])),
    'a RegExp built at run time was added or removed: review what it is built from and update the list',
  );
});

test('a YAML tag that other loaders run as code is a plain string here', () => {
  const text = [
    'sources:',
    '  - { id: s, title: t }',
    'terms:',
    '  - id: x',
    '    canonical: !!js/function "function () { return process.exit(3) }"',
    '    definition: !!js/regexp /(a+)+$/',
    '    category: !<tag:yaml.org,2002:js/undefined> c',
    '    sources: [s]',
    '',
  ].join('\n');
  const parsed = parseGlossaryFiles([{ path: 'tags.yaml', text }]);
  assert.deepEqual(parsed.problems, []);
  const term = parsed.data!.terms[0];
  assert.equal(typeof term.canonical, 'string');
  assert.equal(term.canonical, 'function () { return process.exit(3) }');
  assert.equal(term.definition, '/(a+)+$/');
  assert.equal(term.category, 'c');
});
