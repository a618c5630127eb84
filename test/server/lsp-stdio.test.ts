/**
 * End-to-end tests of the built language server (dist/server.js) over real LSP transports.
 * Tests named "[engine] …" assert engine results (which checks fire, completion text); the
 * others exercise only the protocol plumbing and pass with a stub engine.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { spawnSync } from 'node:child_process';
import { ensureBuilt, SERVER_JS } from '../support/build';
import { TestClient } from '../support/lsp-client';

const DRAFT =
  'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n\nHai bên nhắc lại Nghị quyết 34/NQ-TW của Bộ Chính trị.\n';
const SETTINGS = { asOfDate: '2026-11-23', locale: 'vi', severity: {}, glossaryPaths: [] };
const T = { timeout: 30_000 };

function uriOf(dir: string, name: string): string {
  return pathToFileURL(path.join(dir, name)).href;
}

function items(result: CompletionItem[] | CompletionList | null): CompletionItem[] {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items;
}

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x.md', 'markdown', 1, text), edits);
}

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in text`);
  return TextDocument.create('file:///x.md', 'markdown', 1, text).positionAt(offset + delta);
}

function assertWellFormed(d: Diagnostic): void {
  assert.equal(d.source, 'chinh-danh');
  assert.ok([1, 2, 3, 4].includes(d.severity!), `severity ${d.severity}`);
  assert.equal(typeof d.code, 'string');
  assert.equal(typeof d.message, 'string');
  assert.ok(d.range.start.line >= 0 && d.range.start.character >= 0);
}

describe('language server over stdio', () => {
  let client: TestClient;
  let ws: string;

  before(async () => {
    ensureBuilt();
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-ws-'));
    fs.writeFileSync(path.join(ws, 'a.md'), DRAFT);
    fs.mkdirSync(path.join(ws, 'sub'));
    fs.writeFileSync(path.join(ws, 'sub', 'b.txt'), 'Đại hội 14 đã thành công.\n');
    fs.mkdirSync(path.join(ws, 'node_modules', 'x'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'node_modules', 'x', 'readme.md'), DRAFT);
    fs.mkdirSync(path.join(ws, '.hidden'));
    fs.writeFileSync(path.join(ws, '.hidden', 'c.md'), DRAFT);
    client = await TestClient.start({ configuration: SETTINGS, workspaceFolders: [ws] });
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  test('initialize advertises sync, completion, hover and quick fixes', T, () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.textDocumentSync, 2);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, ['-', '/']);
    assert.equal(caps.completionProvider?.resolveProvider, true);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
  });

  test('sends chinhDanh/glossaryStatus after initialization', T, async () => {
    const status = await client.waitFor<{ ok: boolean; problems: number; entries: number }>('chinhDanh/glossaryStatus');
    assert.equal(typeof status.ok, 'boolean');
    assert.equal(typeof status.problems, 'number');
    assert.equal(typeof status.entries, 'number');
    assert.equal(status.ok, true, 'the bundled glossary loads without problems');
  });

  test('publishes diagnostics for an opened markdown draft', T, async () => {
    const uri = uriOf(ws, 'open-1.md');
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri);
    assert.equal(published.version, 1);
    published.diagnostics.forEach(assertWellFormed);
  });

  test('checks plain-text drafts too (by language id and by .txt extension)', T, async () => {
    const a = uriOf(ws, 'plain.txt');
    const b = uriOf(ws, 'other-lang.txt');
    client.open(a, DRAFT, 'plaintext');
    client.open(b, DRAFT, 'something-else');
    await client.waitForDiagnostics(a);
    await client.waitForDiagnostics(b);
  });

  test('chinhDanh/asOf reports the setting when the document states no date', T, async () => {
    const uri = uriOf(ws, 'undated.md');
    client.open(uri, 'Một câu không có ngày tháng.\n');
    const result = await client.connection.sendRequest('chinhDanh/asOf', { uri });
    assert.deepEqual(result, { date: '2026-11-23', source: 'setting' });
  });

  test('chinhDanh/documents returns citation items', T, async () => {
    const docs = await client.connection.sendRequest<Array<Record<string, unknown>>>('chinhDanh/documents', {});
    assert.ok(Array.isArray(docs));
    for (const d of docs) {
      for (const key of ['id', 'label', 'citation', 'detail']) assert.equal(typeof d[key], 'string', key);
    }
  });

  test('chinhDanh/entryAt returns null where no glossary entry is', T, async () => {
    const uri = uriOf(ws, 'no-entry.md');
    client.open(uri, 'Trời hôm nay đẹp.\n');
    const result = await client.connection.sendRequest('chinhDanh/entryAt', {
      uri,
      position: { line: 0, character: 2 },
    });
    assert.equal(result, null);
  });

  test('completion and hover answer without errors', T, async () => {
    const uri = uriOf(ws, 'typing.md');
    client.open(uri, 'nghi quyet 34');
    const completion = await client.connection.sendRequest<CompletionItem[] | CompletionList | null>(
      'textDocument/completion',
      {
        textDocument: { uri },
        position: { line: 0, character: 13 },
      },
    );
    assert.ok(Array.isArray(items(completion)));
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    assert.ok(hover === null || typeof hover === 'object');
  });

  test('[engine] code actions: the fixes of a published diagnostic, none once its text has moved', T, async () => {
    const uri = uriOf(ws, 'fixes.md');
    const text = 'Đại hội 14 thành công.\n';
    const since = client.mark();
    client.open(uri, text);
    const isVariant = (d: Diagnostic) => d.code === 'term-variant' && d.range.start.character === 0;
    const published = await client.waitForDiagnostics(uri, (ds) => ds.some(isVariant), since);
    const ours = published.diagnostics.find(isVariant)!;
    // What the client sends back is a copy (JSON) of what it was sent; the publication carries no fixes itself.
    assert.equal(ours.data, undefined);
    const foreign: Diagnostic = { range: ours.range, message: 'other tool', source: 'cspell' };
    const ask = (diagnostic: Diagnostic) =>
      client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [JSON.parse(JSON.stringify(diagnostic)) as Diagnostic, foreign] },
      });
    const fixesOf = (actions: CodeAction[]) => actions.filter((a) => !a.title.startsWith('Bỏ qua'));
    // The fix of our diagnostic, and "Ignore here" (which is never the preferred action); nothing for cspell's.
    const actions = await ask(ours);
    const [action] = fixesOf(actions);
    assert.equal(fixesOf(actions).length, 1);
    assert.equal(actions.length, 2);
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.isPreferred, true);
    assert.equal(applyEdits(text, action.edit!.changes![uri]), 'Đại hội XIV thành công.\n');

    // Two letters typed before it: the old diagnostic's range no longer holds its words, so no fix is offered for it
    // (before or after the re-check), while "Ignore here" still is; the re-published one gets its fix, at its place.
    const moved = 'Ở Đại hội 14 thành công.\n';
    const sinceEdit = client.mark();
    client.change(uri, moved, 2);
    const stale = await ask(ours);
    assert.deepEqual(fixesOf(stale), []);
    assert.equal(stale.length, 1);
    const again = await client.waitForDiagnostics(
      uri,
      (ds) => ds.some((d) => d.code === 'term-variant' && d.range.start.character === 2),
      sinceEdit,
    );
    const [fresh] = fixesOf(await ask(again.diagnostics.find((d) => d.code === 'term-variant')!));
    assert.equal(applyEdits(moved, fresh.edit!.changes![uri]), 'Ở Đại hội XIV thành công.\n');
    assert.deepEqual(fixesOf(await ask(ours)), []);
  });

  test('chinhDanh/checkWorkspace checks .md/.txt files, skipping node_modules and dot folders', T, async () => {
    const since = client.mark();
    const result = await client.connection.sendRequest<{ files: number; problems: number }>(
      'chinhDanh/checkWorkspace',
      {},
    );
    assert.equal(result.files, 2);
    assert.equal(typeof result.problems, 'number');
    await client.waitForDiagnostics(uriOf(ws, 'a.md'), () => true, since);
    await client.waitForDiagnostics(uriOf(ws, path.join('sub', 'b.txt')), () => true, since);
  });

  test('didChangeConfiguration drops cached settings and re-checks open drafts', T, async () => {
    const uri = uriOf(ws, 'reconfigured.md');
    client.open(uri, 'Không ghi ngày.\n');
    await client.waitForDiagnostics(uri);
    client.setConfiguration({ ...SETTINGS, asOfDate: '2025-01-15' });
    const since = client.mark();
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, () => true, since);
    assert.deepEqual(await client.connection.sendRequest('chinhDanh/asOf', { uri }), {
      date: '2025-01-15',
      source: 'setting',
    });
    client.setConfiguration(SETTINGS);
    const again = client.mark();
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(uri, () => true, again);
  });

  // ---- engine-dependent -------------------------------------------------------------------

  test('[engine] flags an outdated title and a wrong document symbol', T, async () => {
    const uri = uriOf(ws, 'engine-1.md');
    client.open(uri, DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const codes = diagnostics.map((d) => d.code);
    assert.ok(codes.includes('outdated-title'), `codes: ${codes}`);
    assert.ok(codes.includes('document-symbol'), `codes: ${codes}`);
    const title = diagnostics.find((d) => d.code === 'outdated-title')!;
    assert.equal(title.range.start.line, 0);
  });

  test('[engine] completion of "nghi quyet 34" inserts the full citation', T, async () => {
    const uri = uriOf(ws, 'engine-completion.md');
    client.open(uri, 'nghi quyet 34');
    const result = await client.connection.sendRequest<CompletionItem[] | CompletionList | null>(
      'textDocument/completion',
      {
        textDocument: { uri },
        position: { line: 0, character: 13 },
      },
    );
    const expected = 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về';
    const item = items(result).find(
      (i) => i.textEdit && 'range' in i.textEdit && i.textEdit.newText.startsWith(expected),
    );
    assert.ok(item, `no item inserting "${expected}…": ${JSON.stringify(items(result).map((i) => i.label))}`);
    const edit = item.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 13 } });
    assert.ok(applyEdits('nghi quyet 34', [edit]).startsWith(expected));
  });

  test('[engine] the completion list leaves documentation to completionItem/resolve', T, async () => {
    const uri = uriOf(ws, 'engine-completion-resolve.md');
    client.open(uri, 'Hôm nay bo');
    const list = await client.connection.sendRequest<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 10 },
    });
    // Many entries start with "bo": the best are sent, and the editor is told to ask again as the writer types.
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.length > 10);
    assert.ok(list.items.every((i) => i.documentation === undefined));
    const resolved = await client.connection.sendRequest<CompletionItem>('completionItem/resolve', list.items[0]);
    assert.equal(resolved.label, list.items[0].label);
    assert.deepEqual(resolved.textEdit, list.items[0].textEdit);
    const doc = resolved.documentation as { kind: string; value: string };
    assert.equal(doc.kind, 'markdown');
    assert.ok(doc.value.length > 0);
    // data is the client's to send back: anything else comes back as it was.
    const foreign = { label: 'x', data: { ref: 42, kind: 'person', day: 1, locale: 'vi' } };
    assert.deepEqual(await client.connection.sendRequest('completionItem/resolve', foreign), foreign);
  });

  test('[engine] a client that does not resolve completion items gets their documentation in the list', T, async () => {
    const plain = await TestClient.start({ configuration: SETTINGS, resolvesCompletionItems: false });
    try {
      const uri = uriOf(ws, 'engine-completion-plain.md');
      plain.open(uri, 'Hôm nay bo');
      const list = await plain.connection.sendRequest<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 0, character: 10 },
      });
      assert.equal(list.isIncomplete, true);
      assert.ok(list.items.length > 10);
      assert.ok(list.items.every((i) => (i.documentation as { value?: string } | undefined)?.value));
    } finally {
      await plain.stop();
    }
  });

  test('[engine] hover over a person name shows the glossary entry', T, async () => {
    const uri = uriOf(ws, 'engine-hover.md');
    client.open(uri, DRAFT);
    const position = positionOf(DRAFT, 'Bùi Thanh Sơn', 3);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position,
    });
    assert.ok(hover, 'hover result');
    const value = (hover.contents as { kind: string; value: string }).value;
    assert.equal((hover.contents as { kind: string }).kind, 'markdown');
    assert.match(value, /Bùi Thanh Sơn/);
  });

  test('[engine] chinhDanh/entryAt finds the YAML entry of a person', T, async () => {
    const uri = uriOf(ws, 'engine-entry.md');
    client.open(uri, DRAFT);
    const position = positionOf(DRAFT, 'Bùi Thanh Sơn', 3);
    const entry = await client.connection.sendRequest<{ file: string; line: number; id: string } | null>(
      'chinhDanh/entryAt',
      { uri, position },
    );
    assert.ok(entry);
    assert.match(entry.file, /\.ya?ml$/);
    assert.ok(path.isAbsolute(entry.file));
    assert.ok(entry.line >= 1);
  });

  test('[engine] chinhDanh/documents lists Nghị quyết 34-NQ/TW with its full citation', T, async () => {
    const docs = await client.connection.sendRequest<Array<{ citation: string }>>('chinhDanh/documents', {});
    assert.ok(
      docs.some((d) => d.citation.startsWith('Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về')),
      JSON.stringify(docs.map((d) => d.citation)),
    );
  });

  test('[engine] applying the quick fix for the outdated title clears that diagnostic', T, async () => {
    const uri = uriOf(ws, 'engine-fix.md');
    client.open(uri, DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    const target = diagnostics.find((d) => d.code === 'outdated-title');
    assert.ok(target, `codes: ${diagnostics.map((d) => d.code)}`);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    assert.ok(actions.length > 0, 'at least one quick fix');
    const action = actions.find((a) => a.isPreferred) ?? actions[0];
    assert.equal(action.kind, 'quickfix');
    const fixed = applyEdits(DRAFT, action.edit!.changes![uri]);
    assert.notEqual(fixed, DRAFT);
    const since = client.mark();
    client.change(uri, fixed, 2);
    const after = await client.waitFor<{ uri: string; version?: number; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && p.version === 2,
      { since },
    );
    assert.ok(!after.diagnostics.some((d) => d.code === 'outdated-title'), JSON.stringify(after.diagnostics));
  });
});

describe('language server over node IPC', () => {
  let client: TestClient;

  before(async () => {
    ensureBuilt();
    // No configuration capability: settings come from initializationOptions, as our VS Code client sends them.
    client = await TestClient.start({
      transport: 'ipc',
      initializationOptions: { settings: { asOfDate: '2026-11-23' }, displayLanguage: 'en' },
    });
  });
  after(async () => client?.stop());

  test('publishes diagnostics and answers chinhDanh/asOf from initializationOptions', T, async () => {
    const uri = 'untitled:Untitled-1';
    client.open(uri, 'Một đoạn văn không ghi ngày.\n');
    const published = await client.waitForDiagnostics(uri);
    published.diagnostics.forEach(assertWellFormed);
    assert.deepEqual(await client.connection.sendRequest('chinhDanh/asOf', { uri }), {
      date: '2026-11-23',
      source: 'setting',
    });
  });

  test('[engine] flags the outdated title over IPC', T, async () => {
    const uri = 'untitled:Untitled-2';
    client.open(uri, DRAFT);
    const { diagnostics } = await client.waitForDiagnostics(uri);
    assert.ok(
      diagnostics.some((d) => d.code === 'outdated-title'),
      `codes: ${diagnostics.map((d) => d.code)}`,
    );
  });
});

describe('language server with a broken glossary folder', () => {
  let client: TestClient;
  let dir: string;
  let yamlPath: string;

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-glossary-'));
    yamlPath = path.join(dir, 'broken.yaml');
    // Line 3 has an unclosed flow sequence: a YAML syntax error.
    fs.writeFileSync(yamlPath, 'terms:\n  - id: thu-nghiem\n    canonical: [chưa đóng\n');
    client = await TestClient.start({ configuration: { ...SETTINGS, glossaryPaths: [dir] } });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('drafts are still checked', T, async () => {
    const uri = 'untitled:Broken-1';
    client.open(uri, DRAFT);
    const published = await client.waitForDiagnostics(uri);
    published.diagnostics.forEach(assertWellFormed);
  });

  test(
    '[engine] the YAML problem is a diagnostic on the file, drafts use the last good glossary, and it clears when fixed',
    T,
    async () => {
      const yamlUri = pathToFileURL(yamlPath).href;
      const broken = await client.waitForDiagnostics(yamlUri, (d) => d.length > 0);
      const problem = broken.diagnostics[0];
      assert.equal(problem.code, 'glossary-error');
      assert.equal(problem.source, 'chinh-danh');
      assert.equal(problem.severity, 1);
      assert.ok(problem.range.start.line >= 1 && problem.range.start.line <= 3, `line ${problem.range.start.line}`);
      const status = await client.waitFor<{ ok: boolean; problems: number }>('chinhDanh/glossaryStatus');
      assert.equal(status.ok, false);
      assert.ok(status.problems >= 1);

      const uri = 'untitled:Broken-2';
      client.open(uri, DRAFT);
      const { diagnostics } = await client.waitForDiagnostics(uri);
      assert.ok(
        diagnostics.some((d) => d.code === 'outdated-title'),
        `codes: ${diagnostics.map((d) => d.code)}`,
      );

      // Fix the file on disk and tell the server, as the client's file watcher would.
      fs.writeFileSync(yamlPath, 'terms: []\n');
      const since = client.mark();
      void client.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: yamlUri, type: 2 }],
      });
      await client.waitForDiagnostics(yamlUri, (d) => d.length === 0, since);
      const okStatus = await client.waitFor<{ ok: boolean }>('chinhDanh/glossaryStatus', () => true, { since });
      assert.equal(okStatus.ok, true);
    },
  );

  test('[engine] unsaved edits of an open glossary YAML are validated live', T, async () => {
    const yamlUri = pathToFileURL(yamlPath).href;
    let since = client.mark();
    client.open(yamlUri, 'terms: [\n', 'yaml');
    const broken = await client.waitForDiagnostics(yamlUri, (d) => d.length > 0, since);
    assert.equal(broken.diagnostics[0].code, 'glossary-error');
    since = client.mark();
    client.change(yamlUri, 'terms: []\n', 2);
    await client.waitForDiagnostics(yamlUri, (d) => d.length === 0, since);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: yamlUri } });
  });
});

describe('the standalone server for any LSP editor', () => {
  test('`chinh-danh lsp --stdio` answers initialize and checks a draft', T, async () => {
    const client = await TestClient.start({ transport: 'cli' });
    try {
      assert.ok(client.initializeResult.capabilities.textDocumentSync);
      client.open('untitled:Lsp-1', DRAFT);
      const { diagnostics } = await client.waitForDiagnostics('untitled:Lsp-1');
      assert.ok(diagnostics.some((d) => d.code === 'outdated-title'));
    } finally {
      await client.stop();
    }
  });

  test('dist/server.js started without a transport prints a one-line usage and exits 2', () => {
    const r = spawnSync(process.execPath, [SERVER_JS], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^Usage: chinh-danh lsp --stdio/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});
