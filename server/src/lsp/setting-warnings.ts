/**
 * Invalid settings are ignored (the defaults apply), but never silently: an impossible `asOfDate` quietly becoming
 * "today" would change every verdict without the user knowing why. Each distinct bad value is shown once as a
 * warning (window/showMessage, in the user's language) and logged once; settings are read per document and again
 * after every configuration change, so without the "once" the same warning would pop up again and again.
 */
import { MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import type { Locale } from '../engine';
import { messages, t } from '../engine/i18n/messages';
import {
  DEFAULT_SETTINGS,
  MAX_DOCUMENT_SIZE_LIMIT_MB,
  SETTINGS_SECTION,
  type SettingProblem,
  type Settings,
} from '../settings/settings';
import { resolveLocale } from './settings';

/** A value as the user wrote it, bounded: a setting can hold anything JSON can. */
export function shownValue(value: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

export function settingWarning(problem: SettingProblem, locale: Locale): string {
  const setting = `${SETTINGS_SECTION}.${problem.key}`;
  const value = shownValue(problem.value);
  if (problem.key === 'asOfDate') return t(messages.invalidAsOfDate, locale, { value, setting });
  const number = (n: number) => (locale === 'vi' ? String(n).replace('.', ',') : String(n));
  return t(messages.invalidSizeLimit, locale, {
    value,
    setting,
    fallback: number(DEFAULT_SETTINGS.maxDocumentSizeMB),
    max: number(MAX_DOCUMENT_SIZE_LIMIT_MB),
  });
}

export class SettingWarnings {
  private readonly shown = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly clientLocale: () => string | undefined,
  ) {}

  report(problems: readonly SettingProblem[], settings: Settings): void {
    const locale = resolveLocale(settings.locale, this.clientLocale());
    for (const problem of problems) {
      const key = `${problem.key}=${shownValue(problem.value)}`;
      if (this.shown.has(key)) continue;
      this.shown.add(key);
      this.connection.console.warn(
        `Setting ${SETTINGS_SECTION}.${problem.key} = ${shownValue(problem.value)} is invalid and ignored (the default applies).`,
      );
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: settingWarning(problem, locale),
      });
    }
  }
}
