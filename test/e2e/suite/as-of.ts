/** (e) the as-of date setting changes the diagnostics; the status bar shows the date in force. */
import * as vscode from 'vscode';
import type { TestCase } from '../runner';
import { DRAFT_2026 } from './diagnostics';
import {
  FIRST_TIMEOUT_MS,
  TIMEOUT_MS,
  api,
  assert,
  open,
  waitFor,
  waitForDiagnostic,
  waitForNoDiagnostic,
} from './helpers';

const UNDATED_DRAFT = 'drafts/04-khong-ghi-ngay.md';

async function setAsOf(date: string | undefined): Promise<void> {
  // Through the extension's own command (non-interactive form), so the command is tested too.
  if (date === undefined) await vscode.commands.executeCommand('chinhDanh.setAsOfDate', undefined, 'clear');
  else await vscode.commands.executeCommand('chinhDanh.setAsOfDate', date, 'workspace');
  await waitFor(
    () => vscode.workspace.getConfiguration('chinhDanh').get('asOfDate') === (date ?? ''),
    `chinhDanh.asOfDate = ${date ?? '""'}`,
  );
}

export const asOfTests: TestCase[] = [
  {
    name: '(e) the as-of date setting decides whether an undated draft has an outdated title',
    timeoutMs: FIRST_TIMEOUT_MS + 2 * TIMEOUT_MS + 10_000,
    fn: async () => {
      const { document: doc } = await open(UNDATED_DRAFT);
      try {
        // Positive first, so that "no diagnostic" below cannot pass just because nothing was checked yet.
        await setAsOf('2026-11-23');
        await waitForDiagnostic(doc.uri, 'outdated-title', FIRST_TIMEOUT_MS);
        await waitFor(
          () => api().then((a) => a.statusBar()?.source === 'setting' || undefined),
          'status bar source "setting"',
        );
        await setAsOf('2023-12-22');
        await waitForNoDiagnostic(doc.uri, 'outdated-title', TIMEOUT_MS);
        await waitFor(
          () => api().then((a) => a.statusBar()?.date === '2023-12-22' || undefined),
          'the status bar at 22/12/2023',
        );
        await setAsOf('2026-11-23');
        await waitForDiagnostic(doc.uri, 'outdated-title', TIMEOUT_MS);
      } finally {
        await setAsOf(undefined);
      }
    },
  },
  {
    name: '(g) the status bar shows the date stated in the draft, with its source',
    timeoutMs: FIRST_TIMEOUT_MS + 5_000,
    fn: async () => {
      await open(DRAFT_2026);
      const snap = await waitFor(
        () =>
          api().then((a) => {
            const s = a.statusBar();
            return s?.date === '2026-11-23' ? s : undefined;
          }),
        'the status bar for a draft dated 2026-11-23',
        FIRST_TIMEOUT_MS,
      );
      assert(snap.source === 'document', `source is ${snap.source}`);
      assert(snap.text.includes('$(calendar)') && snap.text.includes('23/11/2026'), `text is ${snap.text}`);
      assert(snap.tooltip.length > 0, 'has a tooltip');
    },
  },
];
