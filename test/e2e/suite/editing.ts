/** (b) quick fix, (c) completion, (d) hover. */
import * as vscode from 'vscode';
import { codeActionsAt, isCodeAction, type TestCase } from '../runner';
import { DRAFT_2026 } from './diagnostics';
import {
  FIRST_TIMEOUT_MS,
  TIMEOUT_MS,
  assert,
  hoverText,
  insertTextOf,
  open,
  rangeOf,
  revert,
  waitFor,
  waitForDiagnostic,
  waitForNoDiagnostic,
  withSetting,
} from './helpers';

const QUICK_FIX_DRAFT = 'drafts/02-sua-ky-hieu.md';
const COMPLETION_DRAFT = 'drafts/03-goi-y.md';
export const NQ34_CITATION = 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị';

async function completionsAtEndOf(
  doc: vscode.TextDocument,
  needle: string,
  triggerCharacter?: string,
): Promise<{ items: vscode.CompletionItem[]; position: vscode.Position }> {
  const position = rangeOf(doc, needle).end;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    doc.uri,
    position,
    triggerCharacter,
  );
  return { items: list?.items ?? [], position };
}

const isNq34 = (item: vscode.CompletionItem) => insertTextOf(item).startsWith(NQ34_CITATION);

export const editingTests: TestCase[] = [
  {
    name: '(b) the quick fix for a wrong symbol applies and the diagnostic goes away',
    timeoutMs: FIRST_TIMEOUT_MS + 15_000,
    fn: async () => {
      const editor = await open(QUICK_FIX_DRAFT);
      const doc = editor.document;
      const d = await waitForDiagnostic(doc.uri, 'document-symbol', FIRST_TIMEOUT_MS);
      const actions = await waitFor(async () => {
        const all = await codeActionsAt(doc.uri, d.range);
        const fixes = all
          .filter(isCodeAction)
          .filter((a) => a.edit && (!a.kind || vscode.CodeActionKind.QuickFix.contains(a.kind)));
        return fixes.length ? fixes : undefined;
      }, 'a quick fix with an edit for the document-symbol diagnostic');
      const fix =
        actions.find((a) => a.isPreferred && a.diagnostics?.some((x) => x.range.isEqual(d.range))) ??
        actions.find((a) => a.diagnostics?.some((x) => x.range.isEqual(d.range))) ??
        actions[0];
      try {
        assert(await vscode.workspace.applyEdit(fix.edit!), `applyEdit("${fix.title}")`);
        await waitFor(() => doc.getText().includes('34-NQ/TW'), 'the corrected symbol 34-NQ/TW in the document');
        assert(!doc.getText().includes('34/NQ-TW'), 'the wrong symbol is gone');
        await waitForNoDiagnostic(doc.uri, 'document-symbol');
      } finally {
        await revert(editor);
      }
    },
  },
  {
    name: '(c) completion at "nghi quyet 34" offers the full citation and inserting it works',
    timeoutMs: FIRST_TIMEOUT_MS + 15_000,
    fn: async () => {
      const editor = await open(COMPLETION_DRAFT);
      const doc = editor.document;
      const { items, position } = await waitFor(
        async () => {
          const r = await completionsAtEndOf(doc, 'nghi quyet 34');
          return r.items.some(isNq34) ? r : undefined;
        },
        `a completion starting with "${NQ34_CITATION}"`,
        FIRST_TIMEOUT_MS,
      );
      const item = items.find(isNq34)!;
      const text = insertTextOf(item);
      const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
      try {
        const ok = await editor.edit((b) => (range ? b.replace(range, text) : b.insert(position, text)));
        assert(ok, 'the completion was inserted');
        await waitFor(() => doc.getText().includes(NQ34_CITATION), 'the citation in the document');
        if (range) assert(!doc.getText().includes('nghi quyet 34'), 'the typed words were replaced');
        const line = doc.lineAt(position.line).text;
        assert(
          line.startsWith('Các đơn vị tiếp tục quán triệt tinh thần của '),
          `the text before the completion is kept: ${line}`,
        );
      } finally {
        await revert(editor);
      }
    },
  },
  {
    name: '(c) with completion.autoTrigger off, trigger characters open no list; Invoke still works; on, they do',
    timeoutMs: FIRST_TIMEOUT_MS + 15_000,
    fn: async () => {
      const { document: doc } = await open(COMPLETION_DRAFT);
      await waitFor(
        async () => (await completionsAtEndOf(doc, 'nghi quyet 34')).items.some(isNq34) || undefined,
        'completion on Invoke',
        FIRST_TIMEOUT_MS,
      );
      const suppressed = await completionsAtEndOf(doc, 'nghi quyet 34', '-');
      assert(!suppressed.items.some(isNq34), 'no Chính Danh items for a trigger character while autoTrigger is false');
      await withSetting('completion.autoTrigger', true, async () => {
        await waitFor(
          async () => (await completionsAtEndOf(doc, 'nghi quyet 34', '-')).items.some(isNq34) || undefined,
          'trigger-character completion with autoTrigger on',
          TIMEOUT_MS,
        );
      });
    },
  },
  {
    name: '(d) hover over a person name shows who they are and their titles over time',
    timeoutMs: FIRST_TIMEOUT_MS + 5_000,
    fn: async () => {
      const { document: doc } = await open(DRAFT_2026);
      const name = rangeOf(doc, 'Bùi Thanh Sơn');
      const inside = name.start.translate(0, 5);
      const text = await waitFor(
        async () => {
          const hovers =
            (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside)) ??
            [];
          const t = hoverText(hovers);
          return t.includes('Bùi Thanh Sơn') ? t : undefined;
        },
        'a hover naming Bùi Thanh Sơn',
        FIRST_TIMEOUT_MS,
      );
      assert(/Bộ trưởng/.test(text), `the hover lists the office: ${text}`);
      assert(/20(21|25)/.test(text), `the hover gives dates of the tenure: ${text}`);
    },
  },
];
