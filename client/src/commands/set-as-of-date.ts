/** chinhDanh.setAsOfDate: choose where (workspace / user / clear), then the date. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import { SECTION } from '../config';

export type AsOfTarget = 'workspace' | 'user' | 'clear';

/** "" is valid (empty = no date); otherwise a real calendar date in YYYY-MM-DD. */
export function validateIsoDate(value: string): string | undefined {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return t('Enter a date as YYYY-MM-DD, for example 2026-11-23.');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return t('{0} is not a calendar date.', v);
  }
  return undefined;
}

interface TargetPick extends vscode.QuickPickItem {
  target: AsOfTarget;
}

async function pickTarget(): Promise<AsOfTarget | undefined> {
  const items: TargetPick[] = [];
  if (vscode.workspace.workspaceFolders?.length) {
    items.push({
      label: t('This workspace'),
      description: t('Workspace setting'),
      target: 'workspace',
    });
  }
  items.push(
    { label: t('All workspaces'), description: t('User setting'), target: 'user' },
    {
      label: t('Clear'),
      description: t('Use the date stated in each document, or today'),
      target: 'clear',
    },
  );
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: t('Where should the as-of date apply?'),
  });
  return pick?.target;
}

/**
 * Interactive by default. Tests and keybindings may pass arguments:
 * `chinhDanh.setAsOfDate("2023-12-22", "workspace")` or `chinhDanh.setAsOfDate(undefined, "clear")`.
 */
export async function setAsOfDate(date?: string, target?: AsOfTarget): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const chosen = target ?? (await pickTarget());
  if (!chosen) return;
  if (chosen === 'clear') {
    const info = config.inspect<string>('asOfDate');
    if (info?.workspaceValue !== undefined)
      await config.update('asOfDate', undefined, vscode.ConfigurationTarget.Workspace);
    if (info?.globalValue !== undefined) await config.update('asOfDate', undefined, vscode.ConfigurationTarget.Global);
    return;
  }
  let value = date;
  if (value === undefined) {
    const currentValue = config.get<string>('asOfDate', '') || new Date().toISOString().slice(0, 10);
    value = await vscode.window.showInputBox({
      title: t('Chính Danh: as-of date'),
      prompt: t(
        'Check titles, bodies and documents as of this date (YYYY-MM-DD). A date stated in the document still wins.',
      ),
      value: currentValue,
      validateInput: validateIsoDate,
    });
    if (value === undefined) return;
  } else if (validateIsoDate(value)) {
    throw new Error(validateIsoDate(value));
  }
  const configTarget =
    chosen === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('asOfDate', value.trim(), configTarget);
}
