/**
 * Suite for Restricted Mode: the harness runs VS Code with workspace trust on (CHINH_DANH_E2E_WORKSPACE_TRUST=1), so
 * the fresh fixture folder is untrusted. The extension (untrustedWorkspaces: limited) must still check drafts with
 * the bundled glossary, read nothing of the workspace (its glossary/ folder, the glossaryPaths of its settings), offer
 * nothing that writes into it, and say so in the status bar.
 */
import * as vscode from 'vscode';
import { EXTENSION_ID, assert, codeActionsAt, fixtureUri, runSuite, waitFor } from '../runner';

const SOURCE = 'chinh-danh';
const FIRST_TIMEOUT_MS = 45_000;
const DRAFT = 'drafts/06-nhom.md';
const BROKEN = 'glossary-extra/broken.yaml';

interface Api {
  statusBar(): { text: string; tooltip: string } | undefined;
}

const unknownNames = (uri: vscode.Uri, doc: vscode.TextDocument) =>
  vscode.languages
    .getDiagnostics(uri)
    .filter(
      (d) => d.source === SOURCE && String(typeof d.code === 'object' ? d.code.value : d.code) === 'not-in-glossary',
    )
    .map((d) => doc.getText(d.range));

export async function run(): Promise<void> {
  await runSuite('Chính Danh e2e (Restricted Mode)', [
    {
      name: 'the fixture folder is untrusted and the extension runs in it',
      timeoutMs: FIRST_TIMEOUT_MS,
      fn: async () => {
        assert(!vscode.workspace.isTrusted, 'the harness opened the workspace in Restricted Mode');
        const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
        assert(ext, `${EXTENSION_ID} is loaded`);
        await ext.activate();
        assert(ext.isActive, 'the extension is active in an untrusted workspace');
      },
    },
    {
      name: 'drafts are checked with the bundled glossary; the workspace glossary and glossaryPaths are not read',
      timeoutMs: FIRST_TIMEOUT_MS + 10_000,
      fn: async () => {
        const doc = await vscode.workspace.openTextDocument(fixtureUri(DRAFT));
        await vscode.window.showTextDocument(doc);
        // Both names are unknown: glossary/team.yaml (which knows Trịnh Văn Thử) is not loaded.
        const names = await waitFor(
          () => {
            const n = unknownNames(doc.uri, doc);
            return n.some((t) => t.includes('Trịnh Văn Thử')) && n.some((t) => t.includes('Phùng Văn Mẫu'))
              ? n
              : undefined;
          },
          'not-in-glossary on both names',
          FIRST_TIMEOUT_MS,
        );
        assert(names.length === 2, `two unknown names: ${names.join(' | ')}`);
        const status = await vscode.commands.executeCommand<{
          restricted?: boolean;
          inForce?: string;
          entries: number;
          files?: string[];
        }>('chinhDanh.showGlossaryStatus');
        assert(status?.restricted === true, `the server knows it is restricted: ${JSON.stringify(status)}`);
        assert(status.inForce === 'bundled' && (status.files ?? []).length === 0, 'only the bundled glossary');
        assert(status.entries > 100, 'the bundled glossary is loaded');
        // glossary-extra/ (named by the workspace's settings) is not read, so its broken file has no error.
        const broken = await vscode.workspace.openTextDocument(fixtureUri(BROKEN));
        assert(
          vscode.languages.getDiagnostics(broken.uri).filter((d) => d.source === SOURCE).length === 0,
          'no glossary error on a file of a path the workspace named',
        );
      },
    },
    {
      name: 'nothing offers to write into the workspace, and the status bar says Restricted Mode',
      timeoutMs: FIRST_TIMEOUT_MS,
      fn: async () => {
        const doc = await vscode.workspace.openTextDocument(fixtureUri(DRAFT));
        await vscode.window.showTextDocument(doc);
        const d = await waitFor(
          () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.source === SOURCE),
          'a finding',
        );
        const actions = await codeActionsAt(doc.uri, d.range);
        const adds = actions.filter(
          (a) => (typeof a.command === 'object' ? a.command.command : a.command) === 'chinhDanh.addToWorkspaceGlossary',
        );
        assert(adds.length === 0, `no "Add to the workspace glossary": ${actions.map((a) => a.title).join(' | ')}`);
        const api = vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;
        const bar = await waitFor(() => {
          const s = api.statusBar();
          return s && /Restricted Mode|Chế độ hạn chế/.test(s.tooltip) ? s : undefined;
        }, 'a status bar tooltip about Restricted Mode');
        assert(bar.text.includes('$(workspace-untrusted)'), `the item shows it: ${bar.text}`);
      },
    },
  ]);
}
