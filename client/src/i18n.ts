/**
 * Every string the client shows goes through `t`. It follows `chinhDanh.locale`: "vi" and "en" are honoured
 * whatever VS Code's display language is (the writers' editors are often English while their text is
 * Vietnamese); "auto" defers to VS Code's own l10n (the display language).
 * The Vietnamese strings live in l10n/bundle.l10n.vi.json, keyed by the English text, as VS Code expects.
 */
import * as vscode from 'vscode';
import vi from '../../l10n/bundle.l10n.vi.json';

const VI: Record<string, string> = vi;

/** The locale the client speaks now: the setting, else VS Code's display language. */
export function clientLocale(): 'vi' | 'en' {
  const setting = vscode.workspace.getConfiguration('chinhDanh').get<string>('locale', 'auto');
  if (setting === 'vi' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** Like `t(message, ...args)`, following `chinhDanh.locale`. */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  const template = clientLocale() === 'vi' ? (VI[message] ?? message) : message;
  return template.replace(/\{(\d+)\}/g, (all, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? all : String(v);
  });
}
