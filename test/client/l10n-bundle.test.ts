/**
 * Every string the client shows goes through `t('English text', …)` (client/src/i18n.ts), and the Vietnamese for it
 * is l10n/bundle.l10n.vi.json[English text]. This test reads every `t(` call in client/src and checks that the first
 * argument is a string literal (so the key can be found at all), that the bundle has a non-empty Vietnamese text for
 * it with the same {0} placeholders, and that the bundle holds nothing that is no longer used.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const bundle: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.vi.json'), 'utf8'),
);

function clientSources(dir = path.join(root, 'client', 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return clientSources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * A call of `t` (not `.t`, not a name ending in t such as `set`, not its definition), then whitespace, then its first
 * argument's start.
 */
const CALL = /(?<![\w$.])(?<!function )t\(\s*(\S)/g;
/** The same, with a single-quoted literal: group 1 is its text with escapes still in. */
const LITERAL = /(?<![\w$.])(?<!function )t\(\s*'((?:[^'\\\n]|\\.)*)'/g;

/** Comments blanked out (newlines kept, so line numbers hold): a `t(…)` in a doc comment is not a call. */
function withoutComments(source: string): string {
  const blank = (c: string) => c.replace(/[^\n]/g, ' ');
  return source.replace(/\/\*[\s\S]*?\*\//g, blank).replace(/^\s*\/\/.*$/gm, blank);
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
}

/** Every key used, with the files that use it. */
function usedKeys(): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of clientSources()) {
    const text = withoutComments(fs.readFileSync(file, 'utf8'));
    const rel = path.relative(root, file);
    for (const call of text.matchAll(CALL)) {
      const line = text.slice(0, call.index).split('\n').length;
      assert.equal(call[1], "'", `${rel}:${line}: t() must take a single-quoted string literal first`);
    }
    for (const m of text.matchAll(LITERAL)) {
      const key = unescape(m[1]);
      used.set(key, [...(used.get(key) ?? []), rel]);
    }
  }
  return used;
}

test('the extractor finds the calls it must find, and none in comments', () => {
  const sample =
    "t('A {0}', x); vscode.l10n.t('no'); set('no'); function t(m: string) {} t(\n  'B \\'quoted\\'',\n); t( 'C')";
  assert.deepEqual(
    [...sample.matchAll(CALL)].map((m) => m[1]),
    ["'", "'", "'"],
  );
  const keys = [...sample.matchAll(LITERAL)].map((m) => unescape(m[1]));
  assert.deepEqual(keys, ['A {0}', "B 'quoted'", 'C']);
  const commented = withoutComments("/** Like `t(message)` */\n  // t(x)\nt('D')");
  assert.deepEqual(
    [...commented.matchAll(CALL)].map((m) => m[1]),
    ["'"],
  );
  assert.equal(commented.split('\n').length, 3);
});

test('every t() key in client/src has its Vietnamese in l10n/bundle.l10n.vi.json', () => {
  const used = usedKeys();
  assert.ok(used.size > 20, `only ${used.size} t() keys found: is the extractor broken?`);
  const missing = [...used.keys()].filter((k) => !(typeof bundle[k] === 'string' && bundle[k].trim().length > 0));
  assert.deepEqual(missing, [], 'keys without Vietnamese (add them to l10n/bundle.l10n.vi.json)');
  for (const key of used.keys()) {
    assert.deepEqual(placeholders(bundle[key]), placeholders(key), `placeholders of: ${key}`);
  }
});

test('the Vietnamese bundle holds only keys the client uses', () => {
  const used = usedKeys();
  const unused = Object.keys(bundle).filter((k) => !used.has(k));
  assert.deepEqual(unused, [], 'unused bundle strings');
});
