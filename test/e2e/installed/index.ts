/**
 * Suite for the packaged extension: the .vsix was installed into a fresh extensions dir and
 * VS Code runs without --extensionDevelopmentPath pointing at this repository (only at an empty
 * host extension that carries these tests). Checks that the .vsix alone is enough.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, assert, runSuite, waitFor } from '../runner';

const SOURCE = 'chinh-danh';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  await runSuite('Chính Danh e2e (installed .vsix)', [
    {
      name: 'the extension comes from the installed .vsix, not from the repository',
      fn: () => {
        assert(ext, `${EXTENSION_ID} is installed`);
        const installedIn = process.env.CHINH_DANH_E2E_EXTENSIONS_DIR;
        const where = ext.extensionUri.fsPath;
        if (installedIn)
          assert(where.startsWith(path.resolve(installedIn) + path.sep), `${where} is inside ${installedIn}`);
        for (const f of ['package.json', 'dist/extension.js', 'dist/server.js']) {
          assert(fs.existsSync(path.join(where, f)), `${f} is in the installed extension`);
        }
        assert(!fs.existsSync(path.join(where, 'client')), 'no sources in the installed extension');
      },
    },
    {
      name: 'opening a markdown draft activates it',
      fn: async () => {
        assert(ext, `${EXTENSION_ID} is installed`);
        const drafts = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', 20);
        const doc = drafts.length
          ? await vscode.workspace.openTextDocument(drafts[0])
          : await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Bản nháp\n' });
        await vscode.window.showTextDocument(doc);
        await waitFor(() => ext.isActive, 'activation through onLanguage:markdown', 30_000);
      },
    },
    {
      name: 'its bundled language server publishes diagnostics for the fixture drafts',
      timeoutMs: 60_000,
      fn: async () => {
        const drafts = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**', 20);
        if (!drafts.length) {
          console.log('    (no fixture drafts yet: skipped the diagnostics check)');
          return;
        }
        for (const uri of drafts)
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
        const found = await waitFor(
          () => {
            const all = vscode.languages
              .getDiagnostics()
              .filter(([uri]) => /\.(md|txt)$/.test(uri.path))
              .flatMap(([uri, ds]) => ds.filter((d) => d.source === SOURCE).map((d) => ({ uri, d })));
            return all.length ? all : undefined;
          },
          `a "${SOURCE}" diagnostic on one of ${drafts.length} fixture drafts`,
          45_000,
        );
        console.log(
          `    ${found.length} diagnostics, e.g. ${path.posix.basename(found[0].uri.path)}: ${found[0].d.message}`,
        );
      },
    },
    {
      name: 'the walkthrough media and the sample draft ship in the .vsix, and the sample is checked',
      timeoutMs: 60_000,
      fn: async () => {
        assert(ext, `${EXTENSION_ID} is installed`);
        const where = ext.extensionUri.fsPath;
        const pkg = ext.packageJSON as {
          contributes?: { walkthroughs?: { steps: { media: { markdown: string } }[] }[] };
        };
        const steps = pkg.contributes?.walkthroughs?.[0]?.steps ?? [];
        assert(steps.length > 0, 'a walkthrough is contributed');
        for (const step of steps)
          for (const locale of ['en', 'vi']) {
            const file = path.join(where, step.media.markdown.replace(/\/(en|vi)\//, `/${locale}/`));
            assert(fs.existsSync(file), `${file} is in the installed extension`);
          }
        const doc = await vscode.commands.executeCommand<vscode.TextDocument>('chinhDanh.openSampleDraft');
        assert(doc, 'the sample draft opened');
        await waitFor(
          () => vscode.languages.getDiagnostics(doc.uri).some((d) => d.source === SOURCE) || undefined,
          'diagnostics on the sample draft',
          45_000,
        );
      },
    },
  ]);
}
