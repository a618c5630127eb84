/** Pure conversions shared by the server and the CLI: Finding → Diagnostic, quick fixes, completion, hover. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionCandidate, Finding } from '../../server/src/engine';
import { actionsForDiagnostic, codeActionsFor } from '../../server/src/lsp/code-actions';
import { candidateToItem, TRIGGER_CHARACTERS } from '../../server/src/lsp/completion';
import { findingToDiagnostic, findingToReportDiagnostic, fixesToLsp } from '../../server/src/lsp/diagnostics';
import { hoverToLsp } from '../../server/src/lsp/hover';

const doc = (text: string) => TextDocument.create('file:///d.md', 'markdown', 1, text);

function finding(overrides: Partial<Finding> = {}): Finding {
  return { code: 'term-variant', start: 0, end: 1, severity: 'warning', message: 'm', fixes: [], ...overrides };
}

describe('findingToDiagnostic', () => {
  test('maps severities error=1 warning=2 information=3 hint=4', () => {
    const d = doc('abc');
    assert.deepEqual(
      (['error', 'warning', 'information', 'hint'] as const).map(
        (severity) => findingToDiagnostic(d, finding({ severity })).severity,
      ),
      [1, 2, 3, 4],
    );
  });

  test('ranges count UTF-16 code units across CRLF lines and astral characters', () => {
    // "𝕏" is two UTF-16 code units; the engine's offsets are UTF-16 like LSP's characters.
    const text = 'dòng một\r\n𝕏 Đại hội 14\r\n';
    const start = text.indexOf('Đại');
    const diagnostic = findingToDiagnostic(doc(text), finding({ start, end: start + 'Đại hội 14'.length }));
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 13 } });
    assert.equal(diagnostic.source, 'chinh-danh');
    assert.equal(diagnostic.code, 'term-variant');
  });

  test('the published diagnostic carries no data; the report diagnostic carries fixes as LSP edits in data', () => {
    const text = 'Đại hội 14';
    const f = finding({
      start: 0,
      end: 10,
      fixes: [{ title: 'Sửa', preferred: true, edits: [{ start: 8, end: 10, newText: 'XIV' }] }],
      uncertain: true,
      refs: ['dai-hoi-xiv'],
    });
    const published = findingToDiagnostic(doc(text), f);
    assert.equal('data' in published, false);
    const d = findingToReportDiagnostic(doc(text), f);
    assert.deepEqual({ ...d, data: undefined }, { ...published, data: undefined });
    assert.deepEqual(d.data, {
      fixes: [
        {
          title: 'Sửa',
          preferred: true,
          edits: [{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } }, newText: 'XIV' }],
        },
      ],
      uncertain: true,
      refs: ['dai-hoi-xiv'],
    });
  });
});

describe('code actions', () => {
  const text = 'Đại hội 14';
  const f = finding({
    start: 0,
    end: 10,
    fixes: [
      { title: 'A', edits: [{ start: 8, end: 10, newText: 'XIV' }] },
      { title: 'B', preferred: true, edits: [{ start: 0, end: 10, newText: 'Đại hội XIV' }] },
    ],
  });
  const diagnostic = findingToDiagnostic(doc(text), f);
  const fixes = fixesToLsp(doc(text), f);

  test('one quickfix per fix, preferred flag kept, edits applicable', () => {
    const actions = actionsForDiagnostic('file:///d.md', diagnostic, fixes);
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred]),
      [
        ['A', 'quickfix', undefined],
        ['B', 'quickfix', true],
      ],
    );
    for (const a of actions)
      assert.equal(TextDocument.applyEdits(doc(text), a.edit!.changes!['file:///d.md']), 'Đại hội XIV');
  });

  test('a single fix is preferred; other sources and non-quickfix requests are ignored', () => {
    assert.equal(actionsForDiagnostic('file:///d.md', diagnostic, [fixes[0]])[0].isPreferred, true);
    const params = (only?: string[]) => ({
      textDocument: { uri: 'file:///d.md' },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic, { ...diagnostic, source: 'other' }], only },
    });
    // The fixes are asked for our diagnostic only.
    const known = { fixes: (d: typeof diagnostic) => (d.source === 'chinh-danh' ? fixes : assert.fail(d.source)) };
    // Two fixes, then "Ignore here" for the one diagnostic of ours.
    assert.equal(codeActionsFor(params(), known).length, 3);
    assert.equal(codeActionsFor(params(['refactor']), known).length, 0);
    assert.equal(codeActionsFor(params(['quickfix']), known).length, 3);
  });

  test('a diagnostic whose fixes are unknown gets no fix, only "Ignore here"', () => {
    assert.deepEqual(actionsForDiagnostic('file:///d.md', diagnostic, []), []);
    const params = {
      textDocument: { uri: 'file:///d.md' },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    };
    assert.deepEqual(
      codeActionsFor(params, { fixes: () => undefined }).map((a) => a.title),
      codeActionsFor(params).map((a) => a.title),
    );
    assert.equal(codeActionsFor(params).length, 1);
  });
});

describe('completion and hover', () => {
  test('a candidate becomes an item whose textEdit replaces replaceStart..replaceEnd', () => {
    const text = 'Theo nghi quyet 34';
    const c: CompletionCandidate = {
      label: 'Nghị quyết 34-NQ/TW',
      kind: 'document',
      insertText: 'Nghị quyết số 34-NQ/TW',
      replaceStart: 5,
      replaceEnd: text.length,
      filterText: 'nghi quyet 34',
      detail: 'Bộ Chính trị',
      documentation: '**34-NQ/TW**',
      sortKey: '0001',
      ref: 'nq-34',
    };
    const item = candidateToItem(doc(text), c);
    assert.deepEqual(item.textEdit, {
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 18 } },
      newText: 'Nghị quyết số 34-NQ/TW',
    });
    assert.equal(item.filterText, 'nghi quyet 34');
    assert.equal(item.sortText, '0001');
    assert.deepEqual(item.documentation, { kind: 'markdown', value: '**34-NQ/TW**' });
    assert.equal(item.kind, 18);
  });

  test('trigger characters do not include space or letters (Vietnamese IMEs)', () => {
    assert.deepEqual(TRIGGER_CHARACTERS, ['-', '/']);
  });

  test('hover maps markdown and range', () => {
    assert.equal(hoverToLsp(doc('x'), null), null);
    assert.deepEqual(hoverToLsp(doc('ab cd'), { start: 3, end: 5, markdown: '**cd**', ref: 'cd' }), {
      contents: { kind: 'markdown', value: '**cd**' },
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } },
    });
  });
});
