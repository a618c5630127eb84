/** Writing directives back into a draft (the "Ignore here" quick fix), in the spelling the file type hides best. */
import type { CheckCode, Locale } from '../api';
import { PLAIN_MARKER, type DirectiveKind } from './parse';

/** Markdown hides an HTML comment when rendered; plain text has no comments, so a marked line it is. */
export type DirectiveStyle = 'markdown' | 'plain';

export function formatDirective(style: DirectiveStyle, kind: DirectiveKind, codes: readonly CheckCode[] = []): string {
  const body = [`chinh-danh-${kind}`, ...codes].join(' ');
  return style === 'markdown' ? `<!-- ${body} -->` : `${PLAIN_MARKER} ${body}`;
}

/**
 * The quick fix's title. It names the code because several findings can sit under the cursor and each gets its own.
 * (Kept here rather than in i18n/messages.ts only because this module is self-contained; move it there freely.)
 */
export function ignoreHereTitle(locale: Locale, code: CheckCode): string {
  return locale === 'en' ? `Ignore here (${code})` : `Bỏ qua tại đây (${code})`;
}
