/**
 * The document size limit (`chinhDanh.maxDocumentSizeMB`, CLI `--max-size`) and the notices that stand in for a
 * check: one information diagnostic at the top of a draft too large to check, and one after the first
 * MAX_PUBLISHED_DIAGNOSTICS when a draft has more problems than an editor can usefully list. Pure, shared by the
 * server and the CLI.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Locale } from '../engine';
import { messages, t } from '../engine/i18n/messages';
import { SETTINGS_SECTION } from '../settings/settings';
import { findingsToDiagnostics, SOURCE } from './diagnostics';

export const BYTES_PER_MB = 1024 * 1024;
export const SIZE_SETTING = `${SETTINGS_SECTION}.maxDocumentSizeMB`;

/**
 * Above this many diagnostics for one document only the first ones are published, followed by a notice. A
 * publication is one JSON message: 50,000 diagnostics (a 10 MB draft full of one outdated title) are about 40 MB
 * that the server serialises and the editor parses in one go, blocking both; nobody reads past the first
 * thousand. The CLI reports everything.
 */
export const MAX_PUBLISHED_DIAGNOSTICS = 1000;

/**
 * The size of `text` in UTF-8 bytes (what the file takes on disk) if it is above `limitBytes`, else undefined.
 * A UTF-16 unit is 1 to 3 UTF-8 bytes, so the length alone decides all but the texts near the limit, and the
 * exact count (a pass over the text) is made only for those.
 */
export function sizeAboveLimit(text: string, limitBytes: number): number | undefined {
  if (text.length * 3 <= limitBytes) return undefined;
  const bytes = Buffer.byteLength(text, 'utf8');
  return bytes > limitBytes ? bytes : undefined;
}

/** Megabytes to three significant digits: "20", "0.5", "25.3", "0.0215"; a decimal comma in Vietnamese. */
export function formatMb(bytes: number, locale: Locale): string {
  const shown = String(Number((bytes / BYTES_PER_MB).toPrecision(3)));
  return locale === 'vi' ? shown.replace('.', ',') : shown;
}

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The one diagnostic of a draft too large to check, at the top so that it is the first thing listed. */
export function tooLargeDiagnostic(sizeBytes: number, limitBytes: number, locale: Locale): Diagnostic {
  const message = t(messages.documentTooLarge, locale, {
    size: formatMb(sizeBytes, locale),
    limit: formatMb(limitBytes, locale),
    setting: SIZE_SETTING,
  });
  return { range: TOP, severity: 3, source: SOURCE, message };
}

/**
 * The diagnostics to publish for `findings` (in document order, as the engine returns them): the first
 * MAX_PUBLISHED_DIAGNOSTICS, then (if some were left out) a notice at the top saying how many. Only the published
 * findings are converted.
 */
export function publishedDiagnostics(
  doc: TextDocument,
  findings: readonly Finding[],
  locale: Locale,
  max = MAX_PUBLISHED_DIAGNOSTICS,
): Diagnostic[] {
  if (findings.length <= max) return findingsToDiagnostics(doc, findings);
  return [
    ...findingsToDiagnostics(doc, findings.slice(0, max)),
    moreProblemsDiagnostic(findings.length - max, max, locale),
  ];
}

/** The notice after the first `shown` diagnostics, at the top: `more` problems were left out. */
export function moreProblemsDiagnostic(more: number, shown: number, locale: Locale): Diagnostic {
  const message = t(messages.moreProblems, locale, { shown, more });
  return { range: TOP, severity: 3, source: SOURCE, message };
}
