/**
 * The glossary as a team asset, in the real VS Code: the fixture workspace's glossary/ folder is loaded without any
 * setting (hover and status bar say so), "Add … to the workspace glossary" writes glossary/added.yaml and the finding
 * changes at once (and comes back when the file is removed), and an ignore directive silences one finding only.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  FIRST_TIMEOUT_MS,
  TIMEOUT_MS,
  api,
  assert,
  describe,
  hoverText,
  open,
  rangeOf,
  revert,
  waitFor,
  waitForDiagnostic,
  withCode,
} from './helpers';
import { codeActionsAt, fixtureUri, isCodeAction, type TestCase } from '../runner';

const TEAM_DRAFT = 'drafts/06-nhom.md';
const IGNORE_DRAFT = 'drafts/07-bo-qua.md';
const ADD_COMMAND = 'chinhDanh.addToWorkspaceGlossary';

const covers = (doc: vscode.TextDocument, d: vscode.Diagnostic, needle: string) =>
  d.range.intersection(rangeOf(doc, needle)) !== undefined;

export const teamGlossaryTests: TestCase[] = [
  {
    name: 'a workspace glossary/ entry takes effect without any setting; hover and status bar name its file',
    timeoutMs: FIRST_TIMEOUT_MS + 10_000,
    fn: async () => {
      const { document: doc } = await open(TEAM_DRAFT);
      // The unknown name proves the draft was checked; the team's name next to it is known.
      await waitForDiagnostic(doc.uri, 'not-in-glossary', FIRST_TIMEOUT_MS, (d) => covers(doc, d, 'Phùng Văn Mẫu'));
      const onTeamName = withCode(doc.uri, 'not-in-glossary').filter((d) => covers(doc, d, 'Trịnh Văn Thử'));
      assert(onTeamName.length === 0, `the team glossary knows Trịnh Văn Thử (now: ${describe(doc.uri)})`);
      const inside = rangeOf(doc, 'Trịnh Văn Thử').start.translate(0, 3);
      const text = await waitFor(async () => {
        const hovers =
          (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, inside)) ?? [];
        const t = hoverText(hovers);
        return t.includes('glossary/team.yaml') ? t : undefined;
      }, 'a hover naming glossary/team.yaml');
      assert(/Thứ trưởng Bộ Ngoại giao/.test(text), `the hover shows the team's tenure: ${text}`);
      const { statusBar } = await api();
      const tooltip = await waitFor(() => {
        const t = statusBar()?.tooltip ?? '';
        return t.includes('glossary/team.yaml') ? t : undefined;
      }, 'the status bar tooltip naming the workspace file');
      assert(/workspace|không gian làm việc/.test(tooltip), `the tooltip says what is in force: ${tooltip}`);
    },
  },
  {
    name: '"Add … to the workspace glossary" writes glossary/added.yaml and the finding changes at once',
    timeoutMs: FIRST_TIMEOUT_MS + 20_000,
    fn: async () => {
      const { document: doc } = await open(TEAM_DRAFT);
      const finding = await waitForDiagnostic(doc.uri, 'not-in-glossary', FIRST_TIMEOUT_MS, (d) =>
        covers(doc, d, 'Phùng Văn Mẫu'),
      );
      const action = await waitFor(async () => {
        const all = await codeActionsAt(doc.uri, finding.range);
        return all.filter(isCodeAction).find((a) => a.command?.command === ADD_COMMAND);
      }, 'an "Add … to the workspace glossary" code action');
      assert(/Phùng Văn Mẫu/.test(action.title), `the action names the person: ${action.title}`);
      const added = fixtureUri('glossary/added.yaml');
      // The editor's file watcher batches events and drops a creation followed by a deletion in the same batch: the
      // server, which wrote the file itself, would then never hear that it was deleted. A writer does not delete a
      // file milliseconds after creating it; this test must not either, so it deletes only once the creation has
      // been delivered (to a watcher of its own, fed by the same events as the language client's).
      const watcher = vscode.workspace.createFileSystemWatcher(
        new vscode.RelativePattern(vscode.Uri.joinPath(added, '..'), 'added.yaml'),
      );
      let createdSeen = false;
      watcher.onDidCreate(() => (createdSeen = true));
      watcher.onDidChange(() => (createdSeen = true));
      try {
        const result = await vscode.commands.executeCommand<{ file: string; line: number } | null>(
          action.command!.command,
          ...(action.command!.arguments ?? []),
        );
        assert(result && result.file === added.fsPath, `the command wrote ${JSON.stringify(result)}`);
        const yaml = fs.readFileSync(added.fsPath, 'utf8');
        assert(/- id: phung-van-mau\n\s+name: Phùng Văn Mẫu\n/.test(yaml), `the entry is in the file:\n${yaml}`);
        assert(/office: pho-thu-tuong/.test(yaml) && /from: "2026-11-23"/.test(yaml), `office and date:\n${yaml}`);
        assert(/source: \{ file: drafts\/06-nhom\.md/.test(yaml), `the draft is the source:\n${yaml}`);
        assert(/confidence: unconfirmed/.test(yaml), `unconfirmed:\n${yaml}`);
        await waitFor(
          () => !withCode(doc.uri, 'not-in-glossary').some((d) => covers(doc, d, 'Phùng Văn Mẫu')),
          `the finding on Phùng Văn Mẫu to go (now: ${describe(doc.uri)})`,
          TIMEOUT_MS,
        );
      } finally {
        try {
          await waitFor(() => createdSeen || undefined, 'the file watcher to report glossary/added.yaml', TIMEOUT_MS);
        } finally {
          watcher.dispose();
        }
        // Removing the file is a glossary change too: the finding comes back (and later tests see the fixture).
        await vscode.workspace.fs.delete(added);
      }
      await waitForDiagnostic(doc.uri, 'not-in-glossary', TIMEOUT_MS, (d) => covers(doc, d, 'Phùng Văn Mẫu'));
    },
  },
  {
    name: 'an ignore directive silences one finding and only that one; "Ignore here" adds one for the other',
    timeoutMs: FIRST_TIMEOUT_MS + 15_000,
    fn: async () => {
      const editor = await open(IGNORE_DRAFT);
      const doc = editor.document;
      const silenced = rangeOf(doc, 'Bùi Thanh Sơn phát biểu');
      const kept = rangeOf(doc, 'Bùi Thanh Sơn chủ trì');
      const d = await waitForDiagnostic(doc.uri, 'outdated-title', FIRST_TIMEOUT_MS);
      const all = withCode(doc.uri, 'outdated-title');
      assert(all.length === 1, `one outdated-title finding, not two: ${describe(doc.uri)}`);
      assert(d.range.intersection(kept) && !d.range.intersection(silenced), 'the line after the directive is silent');
      try {
        const actions = await codeActionsAt(doc.uri, d.range);
        const ignore = actions.filter(isCodeAction).find((a) => /outdated-title/.test(a.title) && a.edit);
        assert(ignore, `an "Ignore here" action: ${actions.map((a) => a.title).join(' | ')}`);
        assert(await vscode.workspace.applyEdit(ignore.edit!), 'applyEdit(Ignore here)');
        await waitFor(
          () => withCode(doc.uri, 'outdated-title').length === 0 || undefined,
          `no outdated-title left (now: ${describe(doc.uri)})`,
          TIMEOUT_MS,
        );
        const lines = doc.getText().split('\n');
        const at = lines.findIndex((l) => l.includes('chủ trì'));
        assert(
          lines[at - 1] === '<!-- chinh-danh-disable-next-line outdated-title -->',
          `the directive is above the line: ${lines[at - 1]}`,
        );
      } finally {
        await revert(editor);
      }
    },
  },
];
