/**
 * (h) Editor polish: the UI follows chinhDanh.locale (Vietnamese with "vi" whatever VS Code's display language), the
 * citation picker finds "chi thi 12" typed without diacritics (first, and not Chỉ thị 120), the Getting Started walkthrough is contributed and opens,
 * and the sample draft it offers shows the findings the walkthrough describes.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, type TestCase } from '../runner';
import { DRAFT_2026 } from './diagnostics';
import { FIRST_TIMEOUT_MS, TIMEOUT_MS, api, assert, open, waitFor, waitForDiagnostic, withSetting } from './helpers';

/** The Vietnamese and English strings the client shows (client/src, l10n/bundle.l10n.vi.json). */
const UI = {
  vi: {
    statusName: 'Chính Danh: ngày đối chiếu',
    tooltip: 'Ngày đối chiếu 23/11/2026: ghi trong văn bản.',
    placeholder: 'Chọn văn bản cần trích dẫn',
    diagnostic: /không còn giữ chức này/,
  },
  en: {
    statusName: 'Chính Danh: as-of date',
    tooltip: 'As-of date 23/11/2026: stated in the document.',
    placeholder: 'Choose a document to cite',
    diagnostic: /no longer in office/,
  },
};

/**
 * Opens the citation picker with `query` typed in, returns what it shows, and closes it (the command then reports
 * that nothing was inserted).
 */
async function pickerFor(query: string): Promise<{ placeholder: string; labels: string[] }> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Căn cứ ' });
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(doc.lineAt(0).range.end, doc.lineAt(0).range.end);
  const chinhDanh = await api();
  const done = vscode.commands.executeCommand<boolean>('chinhDanh.insertCitation', { query });
  try {
    const shown = await waitFor(
      () => {
        const p = chinhDanh.citationPicker();
        return p && p.value === query && p.items.length ? p : undefined;
      },
      `the citation picker open with "${query}"`,
      FIRST_TIMEOUT_MS,
    );
    return { placeholder: shown.placeholder, labels: shown.items.map((i) => i.label) };
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const inserted = await done;
    assert(inserted === false, 'closing the picker inserts nothing');
    await waitFor(() => chinhDanh.citationPicker() === undefined, 'the picker gone');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

async function checkUiLanguage(locale: 'vi' | 'en'): Promise<void> {
  const expected = UI[locale];
  await withSetting('locale', locale, async () => {
    const editor = await open(DRAFT_2026);
    const chinhDanh = await api();
    const bar = await waitFor(
      () => {
        const s = chinhDanh.statusBar();
        return s && s.name === expected.statusName && s.tooltip.startsWith(expected.tooltip) ? s : undefined;
      },
      `the status bar in ${locale} (now ${JSON.stringify(chinhDanh.statusBar())})`,
      FIRST_TIMEOUT_MS,
    );
    assert(bar.text.includes('23/11/2026'), `status bar text ${bar.text}`);
    await waitForDiagnostic(editor.document.uri, 'outdated-title', FIRST_TIMEOUT_MS, (d) =>
      expected.diagnostic.test(d.message),
    );
    const picker = await pickerFor('chi thi 12');
    assert(picker.placeholder === expected.placeholder, `placeholder "${picker.placeholder}" in ${locale}`);
    assert(/^Chỉ thị (số )?12-CT\/TW/.test(picker.labels[0] ?? ''), `first match: ${picker.labels.join(' | ')}`);
    assert(!picker.labels.some((l) => /\b120-/.test(l)), `"12" does not match 120: ${picker.labels.join(' | ')}`);
  });
}

interface WalkthroughManifest {
  id: string;
  steps: { id: string; media: { markdown: string } }[];
}

export const editorPolishTests: TestCase[] = [
  {
    name: '(h) with chinhDanh.locale "vi" the status bar, picker and messages are Vietnamese; the picker finds "chi thi 12"',
    timeoutMs: 2 * FIRST_TIMEOUT_MS + TIMEOUT_MS,
    fn: () => checkUiLanguage('vi'),
  },
  {
    name: '(h) with chinhDanh.locale "en" the same UI is English',
    timeoutMs: 2 * FIRST_TIMEOUT_MS + TIMEOUT_MS,
    fn: () => checkUiLanguage('en'),
  },
  {
    name: '(h) the Getting Started walkthrough is contributed, its media ship, and it opens',
    timeoutMs: TIMEOUT_MS,
    fn: async () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert(ext, `${EXTENSION_ID} is loaded`);
      const pkg = ext.packageJSON as { contributes?: { walkthroughs?: WalkthroughManifest[] } };
      const walkthrough = pkg.contributes?.walkthroughs?.find((w) => w.id === 'gettingStarted');
      assert(walkthrough, 'contributes.walkthroughs has gettingStarted');
      assert(walkthrough.steps.length === 6, `${walkthrough.steps.length} steps`);
      for (const step of walkthrough.steps) {
        // VS Code hands extensions the manifest with package.nls*.json applied: a path, not a %key%.
        assert(/^docs\/walkthrough\/(en|vi)\/[\w-]+\.md$/.test(step.media.markdown), step.media.markdown);
        for (const locale of ['en', 'vi']) {
          const file = vscode.Uri.joinPath(ext.extensionUri, step.media.markdown.replace(/\/(en|vi)\//, `/${locale}/`));
          assert(fs.existsSync(file.fsPath), `${file.fsPath} exists`);
        }
      }
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    },
  },
  {
    name: "(h) the walkthrough's sample draft opens with its four findings; Show Server Log runs",
    timeoutMs: FIRST_TIMEOUT_MS + TIMEOUT_MS,
    fn: async () => {
      const doc = await vscode.commands.executeCommand<vscode.TextDocument>('chinhDanh.openSampleDraft');
      assert(doc && doc.isUntitled && doc.languageId === 'markdown', 'an untitled Markdown draft');
      for (const code of ['outdated-title', 'not-in-glossary', 'document-symbol', 'term-variant']) {
        await waitForDiagnostic(doc.uri, code, FIRST_TIMEOUT_MS);
      }
      await vscode.commands.executeCommand('chinhDanh.showLog');
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    },
  },
];
