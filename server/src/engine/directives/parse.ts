/**
 * Directives a writer puts in a draft to silence findings, in two spellings:
 *   Markdown comment (invisible when rendered):  <!-- chinh-danh-disable-next-line outdated-title -->
 *   plain-text line starting with the marker:    %% chinh-danh-disable-next-line outdated-title
 * Forms: `disable-next-line`, `disable` … `enable` (a region). Codes may be separated by spaces or commas; none means
 * every code. A reason may follow ` -- ` (as in ESLint) so a reviewer sees why the finding was silenced.
 * Both spellings are read in every draft: the engine does not know the file type, and a stray `%%` line in Markdown
 * should still mean what its writer meant.
 */
import { CHECK_CODES, type CheckCode } from '../api';

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /**
   * The codes it applies to; 'all' when it names none. Unknown names are dropped silently (and kept in `unknown`):
   * the public check codes stay the contract, and a typo must not silence every code.
   */
  codes: CheckCode[] | 'all';
  unknown: string[];
  /** Span of the comment or marker line in the original text (UTF-16 offsets). */
  start: number;
  end: number;
}

/**
 * The form after "chinh-danh-"; the lookahead keeps "disable-line" from reading as "disable" but lets a comment close
 * right after it ("<!--chinh-danh-disable-->").
 */
const FORM = String.raw`chinh-danh-(disable-next-line|disable|enable)(?!\w|-(?!->))`;
/** The comment may span lines; the lazy body stops at the first "-->". */
const MARKDOWN_RE = new RegExp(String.raw`<!--\s*${FORM}([^]*?)-->`, 'g');
/** A whole line; leading spaces, NBSP and a BOM are allowed because editors and converters add them. */
export const PLAIN_MARKER = '%%';
const PLAIN_RE = new RegExp(String.raw`^[ \t\u00A0\uFEFF]*%%[ \t\u00A0]*${FORM}(.*)$`, 'gm');

const KNOWN = new Set<string>(CHECK_CODES);
const isCode = (s: string): s is CheckCode => KNOWN.has(s);
/** Word processors turn "-" into dashes; a code pasted from one must still count. */
const DASHES = /[\u2010-\u2015\u2212]/g;

export function parseDirectives(text: string): Directive[] {
  // Most drafts have none; skip the regular expressions entirely. '-danh-' is looked for first: V8 scans for a short
  // pattern's first character, and '-' is rare in prose where the 'c' of the whole marker is everywhere (a 1 MB
  // article: 0.03 ms against 0.35 ms).
  if (!text.includes('-danh-') || !text.includes('chinh-danh-')) return [];
  const found: Directive[] = [];
  // A comment cannot close after the last "-->": searching only up to it keeps unclosed openers from each scanning
  // the rest of the text (20,000 unclosed "<!-- chinh-danh-disable" took 4 s; now linear).
  const closed = text.slice(0, text.lastIndexOf('-->') + 3);
  for (const [re, scope] of [
    [MARKDOWN_RE, closed],
    [PLAIN_RE, text],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(scope))) found.push(directive(m[1] as DirectiveKind, m[2], m.index, m.index + m[0].length));
  }
  return found.sort((a, b) => a.start - b.start);
}

function directive(kind: DirectiveKind, body: string, start: number, end: number): Directive {
  const names = body
    .split(/(?:^|\s)--(?:\s|$)/)[0]
    .replace(DASHES, '-')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const codes = names.filter(isCode);
  const unknown = names.filter((n) => !isCode(n));
  return { kind, codes: names.length === 0 ? 'all' : codes, unknown, start, end };
}
