/**
 * package.json's contributed settings, commands and localized strings stay in step with the
 * server's settings contract (server/src/settings/settings.ts) and the client code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_CODES } from '../../server/src/engine/api';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, SEVERITY_VALUES } from '../../server/src/settings/settings';

const root = path.resolve(__dirname, '..', '..');
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8'));
const pkg = readJson('package.json');
const nlsEn: Record<string, string> = readJson('package.nls.json');
const nlsVi: Record<string, string> = readJson('package.nls.vi.json');

interface Prop {
  type?: string;
  default?: unknown;
  enum?: string[];
  pattern?: string;
  properties?: Record<string, Prop>;
  additionalProperties?: boolean;
  items?: Prop;
  description?: string;
  markdownDescription?: string;
}

function configurationProperties(): Record<string, Prop> {
  const conf = pkg.contributes?.configuration;
  const blocks = Array.isArray(conf) ? conf : [conf];
  return Object.assign({}, ...blocks.map((b: { properties?: Record<string, Prop> }) => b?.properties ?? {}));
}

/**
 * Settings only the VS Code client reads; the server never sees them. `trace.server` is read by vscode-languageclient
 * under the client id (client/src/client.ts CLIENT_ID).
 */
const CLIENT_ONLY_SETTINGS = ['trace.server'];

test('contributes.configuration has exactly the keys of DEFAULT_SETTINGS, and the client-only ones', () => {
  const keys = Object.keys(configurationProperties()).sort();
  const expected = [...Object.keys(DEFAULT_SETTINGS), ...CLIENT_ONLY_SETTINGS]
    .map((k) => `${SETTINGS_SECTION}.${k}`)
    .sort();
  assert.deepEqual(keys, expected);
});

test('every setting has the same default as DEFAULT_SETTINGS, a type and a localized description', () => {
  const props = configurationProperties();
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const prop = props[`${SETTINGS_SECTION}.${key}`];
    assert.ok(prop, key);
    assert.deepEqual(prop.default, value, `default of ${key}`);
    assert.ok(prop.type, `type of ${key}`);
    const description = prop.markdownDescription ?? prop.description;
    assert.match(description ?? '', /^%[^%]+%$/, `description of ${key} is a %key%`);
  }
});

test('asOfDate accepts YYYY-MM-DD or empty, and nothing else', () => {
  const prop = configurationProperties()[`${SETTINGS_SECTION}.asOfDate`];
  assert.equal(prop.type, 'string');
  assert.equal(prop.pattern, '^(\\d{4}-\\d{2}-\\d{2})?$');
  const re = new RegExp(prop.pattern!);
  for (const ok of ['', '2026-11-23', '2023-12-22']) assert.ok(re.test(ok), ok);
  for (const bad of ['23/11/2026', '2026-1-2', 'today']) assert.ok(!re.test(bad), bad);
});

test('severity has one property per check code, each with the severity enum', () => {
  const prop = configurationProperties()[`${SETTINGS_SECTION}.severity`];
  assert.equal(prop.type, 'object');
  assert.equal(prop.additionalProperties, false);
  assert.deepEqual(Object.keys(prop.properties ?? {}).sort(), [...CHECK_CODES].sort());
  for (const code of CHECK_CODES) {
    const p = prop.properties![code];
    assert.equal(p.type, 'string', code);
    assert.deepEqual(p.enum, [...SEVERITY_VALUES], code);
  }
});

test('other settings have the expected shapes', () => {
  const props = configurationProperties();
  assert.equal(props[`${SETTINGS_SECTION}.glossaryPaths`].type, 'array');
  assert.equal(props[`${SETTINGS_SECTION}.glossaryPaths`].items?.type, 'string');
  assert.deepEqual(props[`${SETTINGS_SECTION}.locale`].enum, ['auto', 'vi', 'en']);
  assert.equal(props[`${SETTINGS_SECTION}.completion.autoTrigger`].type, 'boolean');
});

test('chinhDanh.trace.server is the standard language-client trace setting of our client id', () => {
  const prop = configurationProperties()[`${SETTINGS_SECTION}.trace.server`];
  assert.equal(prop.type, 'string');
  assert.deepEqual(prop.enum, ['off', 'messages', 'verbose']);
  assert.equal(prop.default, 'off');
  assert.match(prop.markdownDescription ?? '', /^%[^%]+%$/);
  assert.equal((prop as { enumDescriptions?: string[] }).enumDescriptions?.length, 3);
  // vscode-languageclient reads `<client id>.trace.server`: the id must be the settings section.
  const client = fs.readFileSync(path.join(root, 'client/src/client.ts'), 'utf8');
  assert.match(client, new RegExp(`export const CLIENT_ID = '${SETTINGS_SECTION}';`));
  assert.match(client, /traceOutputChannel: output/);
});

test('quick suggestions are off by default for Markdown and plain text', () => {
  const defaults = pkg.contributes.configurationDefaults;
  for (const lang of ['[markdown]', '[plaintext]']) {
    assert.deepEqual(
      defaults[lang]['editor.quickSuggestions'],
      { other: 'off', comments: 'off', strings: 'off' },
      lang,
    );
  }
});

test('commands registered in client/src match contributes.commands, and the activation events', () => {
  const contributed = (pkg.contributes.commands as { command: string; category?: string }[])
    .map((c) => c.command)
    .sort();
  const source = fs.readFileSync(path.join(root, 'client/src/commands/index.ts'), 'utf8');
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).sort();
  assert.deepEqual(registered, contributed);
  assert.deepEqual(contributed, [
    'chinhDanh.checkWorkspace',
    'chinhDanh.insertCitation',
    'chinhDanh.openGlossaryEntry',
    'chinhDanh.openSampleDraft',
    'chinhDanh.restartServer',
    'chinhDanh.setAsOfDate',
    'chinhDanh.showGlossaryStatus',
    'chinhDanh.showLog',
  ]);
  for (const c of pkg.contributes.commands) {
    assert.equal(c.category, 'Chính Danh');
    assert.ok(pkg.activationEvents.includes(`onCommand:${c.command}`), `onCommand:${c.command}`);
  }
  for (const e of ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/glossary/*.yaml']) {
    assert.ok(pkg.activationEvents.includes(e), e);
  }
  assert.equal(pkg.l10n, './l10n');
});

function collectNlsKeys(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === 'string') {
    const m = /^%([^%\s]+)%$/.exec(node);
    if (m) out.add(m[1]);
  } else if (Array.isArray(node)) for (const n of node) collectNlsKeys(n, out);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) collectNlsKeys(v, out);
  return out;
}

test('every %key% in package.json exists in package.nls.json and package.nls.vi.json', () => {
  const keys = collectNlsKeys(pkg);
  assert.ok(keys.size > 10);
  for (const key of keys) {
    assert.ok(typeof nlsEn[key] === 'string' && nlsEn[key].length > 0, `package.nls.json: ${key}`);
    assert.ok(typeof nlsVi[key] === 'string' && nlsVi[key].length > 0, `package.nls.vi.json: ${key}`);
  }
  assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nlsEn).sort(), 'the two nls files have the same keys');
});
