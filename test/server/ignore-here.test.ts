/**
 * "Ignore here": the code action inserts a next-line directive above the diagnostic's line; over the real protocol
 * (dist/server.js on stdio) the diagnostic is gone after the edit and the others stay. The pure part (spelling,
 * locale, line endings, indentation) is tested on codeActionsFor directly.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CodeActionParams, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from '../../server/src/lsp/code-actions';
import { ensureBuilt } from '../support/build';
import { TestClient } from '../support/lsp-client';

const SETTINGS = { asOfDate: '2026-11-23', locale: 'vi', severity: {}, glossaryPaths: [] };
const T = { timeout: 30_000 };
const DRAFT = 'Hà Nội đón đoàn.\nBộ trưởng Ngoại giao Bùi Thanh Sơn dự Đại hội 14.\nĐại hội 14 bế mạc.\n';

const codesOf = (ds: Diagnostic[]) => ds.map((d) => `${d.code}@${d.range.start.line}`).sort();
const apply = (uri: string, text: string, action: CodeAction) =>
  TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit!.changes![uri]);

describe('"Ignore here" over the language server protocol', () => {
  let client: TestClient;
  let ws: string;

  before(async () => {
    ensureBuilt();
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-ignore-'));
    client = await TestClient.start({ configuration: SETTINGS, workspaceFolders: [ws] });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  /** Opens `name`, applies "Ignore here" to its outdated-title diagnostic, returns the new text and diagnostics. */
  async function ignoreOutdatedTitle(name: string, languageId: string) {
    const uri = pathToFileURL(path.join(ws, name)).href;
    client.open(uri, DRAFT, languageId);
    const before = (await client.waitForDiagnostics(uri)).diagnostics;
    assert.deepEqual(codesOf(before), ['outdated-title@1', 'term-variant@1', 'term-variant@2']);
    const target = before.find((d) => d.code === 'outdated-title')!;
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    } satisfies CodeActionParams);
    const ignore = actions.find((a) => a.title === 'Bỏ qua tại đây (outdated-title)');
    assert.ok(ignore, `titles: ${actions.map((a) => a.title)}`);
    assert.equal(actions.indexOf(ignore), actions.length - 1, 'the real fixes come first');
    assert.notEqual(ignore.isPreferred, true);
    const edited = apply(uri, DRAFT, ignore);
    const since = client.mark();
    client.change(uri, edited, 2);
    const isV2 = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === 2;
    const after = await client.waitFor<PublishDiagnosticsParams>('textDocument/publishDiagnostics', isV2, { since });
    return { edited, after: after.diagnostics };
  }

  test('in Markdown it inserts a comment above the line; that diagnostic goes, the others stay', T, async () => {
    const { edited, after } = await ignoreOutdatedTitle('draft.md', 'markdown');
    assert.equal(edited.split('\n')[1], '<!-- chinh-danh-disable-next-line outdated-title -->');
    assert.deepEqual(codesOf(after), ['term-variant@2', 'term-variant@3']);
  });

  test('in plain text it inserts a %% line above the line; that diagnostic goes, the others stay', T, async () => {
    const { edited, after } = await ignoreOutdatedTitle('draft.txt', 'plaintext');
    assert.equal(edited.split('\n')[1], '%% chinh-danh-disable-next-line outdated-title');
    assert.deepEqual(codesOf(after), ['term-variant@2', 'term-variant@3']);
  });
});

describe('"Ignore here" (codeActionsFor)', () => {
  const range = { start: { line: 1, character: 4 }, end: { line: 1, character: 14 } };
  const diagnostic = (code: string, source = 'chinh-danh'): Diagnostic => ({
    range,
    code,
    source,
    message: 'm',
    data: { fixes: [] },
  });
  const params = (uri: string, diagnostics: Diagnostic[]): CodeActionParams => ({
    textDocument: { uri },
    range,
    context: { diagnostics },
  });
  const inserted = (a: CodeAction, uri: string) => a.edit!.changes![uri][0];

  test('titles follow the locale and name the code', () => {
    const uri = 'file:///d.md';
    const titles = (locale?: 'vi' | 'en') =>
      codeActionsFor(params(uri, [diagnostic('term-variant')]), { locale }).map((a) => a.title);
    assert.deepEqual(titles(), ['Bỏ qua tại đây (term-variant)']);
    assert.deepEqual(titles('vi'), ['Bỏ qua tại đây (term-variant)']);
    assert.deepEqual(titles('en'), ['Ignore here (term-variant)']);
  });

  test('the spelling follows the language id when known, else the extension', () => {
    const text = (uri: string, languageId?: string) =>
      inserted(codeActionsFor(params(uri, [diagnostic('wrong-title')]), { languageId })[0], uri).newText;
    assert.equal(text('file:///d.md'), '<!-- chinh-danh-disable-next-line wrong-title -->\n');
    assert.equal(text('file:///d.markdown'), '<!-- chinh-danh-disable-next-line wrong-title -->\n');
    assert.equal(text('file:///d.txt'), '%% chinh-danh-disable-next-line wrong-title\n');
    assert.equal(text('untitled:Untitled-1', 'markdown'), '<!-- chinh-danh-disable-next-line wrong-title -->\n');
    assert.equal(text('file:///d.md', 'plaintext'), '%% chinh-danh-disable-next-line wrong-title\n');
  });

  test('with the text: the line ending and the indentation of the line are kept', () => {
    const uri = 'file:///d.md';
    const text = 'a\r\n  - Đại hội 14\r\n';
    const edit = inserted(codeActionsFor(params(uri, [diagnostic('term-variant')]), { text })[0], uri);
    assert.deepEqual(edit.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
    assert.equal(edit.newText, '  <!-- chinh-danh-disable-next-line term-variant -->\r\n');
  });

  test('in a Markdown table row it wraps the finding in an inline region instead of breaking the table', () => {
    const uri = 'file:///d.md';
    const text = 'a\n| Đại hội 14 | x |\n';
    const cell = { start: { line: 1, character: 2 }, end: { line: 1, character: 12 } };
    const d = { ...diagnostic('term-variant'), range: cell };
    const [action] = codeActionsFor(params(uri, [d]), { text, languageId: 'markdown' });
    assert.equal(
      TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), action.edit!.changes![uri]),
      'a\n| <!-- chinh-danh-disable term-variant -->Đại hội 14<!-- chinh-danh-enable term-variant --> | x |\n',
    );
  });

  test('one per code and line; none for other sources or codes that are not ours', () => {
    const uri = 'file:///d.md';
    const three = [diagnostic('term-variant'), diagnostic('term-variant'), diagnostic('outdated-title')];
    const actions = codeActionsFor(params(uri, three));
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Bỏ qua tại đây (term-variant)', 'Bỏ qua tại đây (outdated-title)'],
    );
    const foreign = [diagnostic('term-variant', 'cspell'), diagnostic('no-such-code')];
    assert.deepEqual(codeActionsFor(params(uri, foreign)), []);
  });
});
