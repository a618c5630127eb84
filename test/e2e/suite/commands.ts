/** (g) the commands exist; insertCitation, checkWorkspace and openGlossaryEntry work. */
import * as vscode from 'vscode';
import type { TestCase } from '../runner';
import { DRAFT_2026 } from './diagnostics';
import { NQ34_CITATION } from './editing';
import { FIRST_TIMEOUT_MS, api, assert, open, rangeOf, waitFor } from './helpers';

const COMMANDS = [
  'chinhDanh.setAsOfDate',
  'chinhDanh.checkWorkspace',
  'chinhDanh.insertCitation',
  'chinhDanh.openGlossaryEntry',
  'chinhDanh.restartServer',
  'chinhDanh.showGlossaryStatus',
  'chinhDanh.showLog',
  'chinhDanh.openSampleDraft',
];

interface DocumentItem {
  id: string;
  label: string;
  citation: string;
  detail?: string;
}

export const commandTests: TestCase[] = [
  {
    name: '(g) the extension activates on a draft and registers its commands',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      await open(DRAFT_2026);
      await api();
      const all = await vscode.commands.getCommands(true);
      for (const c of COMMANDS) assert(all.includes(c), `${c} is registered`);
    },
  },
  {
    name: 'chinhDanh.insertCitation inserts the citation of the chosen document',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      const { languageClient } = await api();
      const docs = await waitFor(
        async () => {
          const list = await languageClient.sendRequest<DocumentItem[]>('chinhDanh/documents', {});
          return list?.length ? list : undefined;
        },
        'the glossary documents',
        FIRST_TIMEOUT_MS,
      );
      const nq34 = docs.find((d) => d.citation.startsWith(NQ34_CITATION));
      assert(nq34, `a document cited as "${NQ34_CITATION}…" among ${docs.length}`);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Căn cứ ' });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.lineAt(0).range.end, doc.lineAt(0).range.end);
      const inserted = await vscode.commands.executeCommand<boolean>('chinhDanh.insertCitation', nq34.id);
      assert(inserted === true, 'the command reports the insertion');
      await waitFor(() => doc.getText() === `Căn cứ ${nq34.citation}`, 'the citation after "Căn cứ "');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'the citation picker finds "chi thi 12" typed without diacritics',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Căn cứ ' });
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.lineAt(0).range.end, doc.lineAt(0).range.end);
      const inserted = await vscode.commands.executeCommand<boolean>('chinhDanh.insertCitation', {
        query: 'chi thi 12',
        accept: true,
      });
      assert(inserted === true, 'the picker accepted its best match');
      await waitFor(
        () => /^Căn cứ Chỉ thị (số )?12-CT\/TW/.test(doc.getText()),
        `Chỉ thị 12-CT/TW inserted (got "${doc.getText()}")`,
      );
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
  {
    name: 'Show Glossary Status reports the glossary in force, and Restart Server brings the server back',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      const status = await waitFor(
        async () => {
          const s = await vscode.commands.executeCommand<{ ok: boolean; entries: number } | undefined>(
            'chinhDanh.showGlossaryStatus',
          );
          // Another test may have left a broken workspace glossary: the last good one (bundled) is still in force.
          return s && s.entries > 0 ? s : undefined;
        },
        'a glossary in force',
        FIRST_TIMEOUT_MS,
      );
      assert(status.entries > 100, `entries: ${status.entries}`);
      const running = await vscode.commands.executeCommand<boolean>('chinhDanh.restartServer');
      assert(running === true, 'the server runs again after a restart');
      const { languageClient } = await api();
      const docs = await waitFor(
        async () => {
          const list = await languageClient.sendRequest<DocumentItem[]>('chinhDanh/documents', {});
          return list?.length ? list : undefined;
        },
        'the restarted server answering',
        FIRST_TIMEOUT_MS,
      );
      assert(docs.length > 0, 'documents after restart');
    },
  },
  {
    name: 'chinhDanh.checkWorkspace checks the fixture drafts and counts problems',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      const result = await vscode.commands.executeCommand<{ files: number; problems: number }>(
        'chinhDanh.checkWorkspace',
      );
      assert(result && result.files >= 5, `files checked: ${JSON.stringify(result)}`);
      assert(result.problems >= 3, `problems found: ${JSON.stringify(result)}`);
    },
  },
  {
    name: 'chinhDanh.openGlossaryEntry opens the glossary YAML at the entry under the cursor',
    timeoutMs: FIRST_TIMEOUT_MS,
    fn: async () => {
      const editor = await open(DRAFT_2026);
      const at = rangeOf(editor.document, 'Bùi Thanh Sơn').start.translate(0, 2);
      editor.selection = new vscode.Selection(at, at);
      const entry = await vscode.commands.executeCommand<{ file: string; line: number; id: string } | undefined>(
        'chinhDanh.openGlossaryEntry',
      );
      assert(entry, 'an entry is found for Bùi Thanh Sơn');
      const yamlEditor = await waitFor(() => {
        const e = vscode.window.activeTextEditor;
        return e && /\.ya?ml$/i.test(e.document.uri.path) ? e : undefined;
      }, 'the glossary file in the active editor');
      const line = yamlEditor.selection.active.line;
      assert(line === entry.line - 1, `cursor on line ${line + 1}, entry says ${entry.line}`);
      const around = [0, 1, 2, 3]
        .map((i) => (line + i < yamlEditor.document.lineCount ? yamlEditor.document.lineAt(line + i).text : ''))
        .join('\n');
      assert(around.includes(entry.id), `the entry ${entry.id} is at the cursor: ${around}`);
    },
  },
];
