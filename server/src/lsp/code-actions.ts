/**
 * Quick fixes of the diagnostics the client sends back, made by the caller from the findings it published (and only
 * for the text they were found in), plus "Ignore here" on every diagnostic of ours: a next-line directive for its
 * code, inserted above its line.
 */
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { CHECK_CODES, type CheckCode, type Locale } from '../engine';
import { formatDirective, ignoreHereTitle, type DirectiveStyle } from '../engine';
import { SOURCE, type DiagnosticFix } from './diagnostics';

export const QUICKFIX = 'quickfix';

/**
 * What the server knows about the document beyond the request. All optional: without it the directive's spelling
 * follows the file extension, the title is Vietnamese (the project's default locale), and lines end with "\n".
 */
export interface DocumentContext {
  locale?: Locale;
  languageId?: string;
  /** The document's text: gives the line ending and the indentation to copy. */
  text?: string;
  /**
   * Line `n` of the text without its line break, when the caller can find it without splitting the whole text
   * (an open TextDocument knows where its lines start); otherwise it is read from `text`.
   */
  lineText?: (line: number) => string;
  /** The fixes of one of our diagnostics in the current text; none when unknown (not ours, or the text moved on). */
  fixes?: (diagnostic: Diagnostic) => readonly DiagnosticFix[] | undefined;
}

/** Reads what "Ignore here" needs from the text once per request, whatever the number of diagnostics. */
function textFacts(doc: DocumentContext) {
  let lines: string[] | undefined;
  let eol: string | undefined;
  return {
    line: (n: number): string => {
      if (doc.lineText) return doc.lineText(n);
      if (doc.text === undefined) return '';
      lines ??= doc.text.split(/\r\n|\n|\r/);
      return lines[n] ?? '';
    },
    eol: (): string => (eol ??= doc.text?.includes('\r\n') ? '\r\n' : '\n'),
  };
}

/** Does the request's `only` admit quick fixes? */
export function wantsQuickFixes(params: CodeActionParams): boolean {
  const only = params.context.only;
  return !only || only.some((k) => k === QUICKFIX || QUICKFIX.startsWith(k + '.') || k === '');
}

/** `teach`: actions that add to the workspace glossary, listed after the fixes and before "Ignore here". */
export function codeActionsFor(
  params: CodeActionParams,
  doc: DocumentContext = {},
  teach: readonly CodeAction[] = [],
): CodeAction[] {
  if (!wantsQuickFixes(params)) return [];
  const uri = params.textDocument.uri;
  const fixes: CodeAction[] = [];
  const ignores = new Map<string, CodeAction>();
  const facts = textFacts(doc);
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    fixes.push(...actionsForDiagnostic(uri, diagnostic, doc.fixes?.(diagnostic) ?? []));
    const ignore = ignoreHere(uri, diagnostic, doc, facts);
    // Two findings of one code on one line need one directive, not two identical entries in the menu.
    const key = `${diagnostic.range.start.line}:${String(diagnostic.code)}`;
    if (ignore) ignores.set(key, ignores.get(key) ?? ignore);
  }
  // Real fixes first: "Ignore here" is the last resort, and clients that take the first action must not pick it.
  return [...fixes, ...teach, ...ignores.values()];
}

export function actionsForDiagnostic(
  uri: string,
  diagnostic: Diagnostic,
  diagnosticFixes: readonly DiagnosticFix[],
): CodeAction[] {
  return diagnosticFixes.map((fix): CodeAction => {
    const edits: TextEdit[] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
    return {
      title: fix.title,
      kind: QUICKFIX,
      diagnostics: [diagnostic],
      // Only one fix per diagnostic may be preferred, or VS Code's auto-fix refuses to choose.
      isPreferred: fix.preferred === true || (diagnosticFixes.length === 1 ? true : undefined),
      edit: { changes: { [uri]: edits } },
    };
  });
}

const KNOWN = new Set<string>(CHECK_CODES);
const isCheckCode = (c: Diagnostic['code']): c is CheckCode => typeof c === 'string' && KNOWN.has(c);

/** "Ignore here" for one diagnostic; none when its code is not a check code (no directive could name it). */
export function ignoreHere(
  uri: string,
  diagnostic: Diagnostic,
  doc: DocumentContext = {},
  facts = textFacts(doc),
): CodeAction | undefined {
  const code = diagnostic.code;
  if (!isCheckCode(code)) return undefined;
  const style = styleOf(uri, doc.languageId);
  const { start, end } = diagnostic.range;
  const lineText = facts.line(start.line);
  const edits: TextEdit[] = [];
  if (style === 'markdown' && /^\s*\|/.test(lineText) && start.line === end.line) {
    // A comment line inside a Markdown table would end the table; an inline region around the finding does not.
    edits.push({ range: { start, end: start }, newText: formatDirective(style, 'disable', [code]) });
    edits.push({ range: { start: end, end }, newText: formatDirective(style, 'enable', [code]) });
  } else {
    // Copying the indentation keeps an indented line (a nested list item, a quoted block) in its place.
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const eol = facts.eol();
    const at = { line: start.line, character: 0 };
    const directive = formatDirective(style, 'disable-next-line', [code]);
    edits.push({ range: { start: at, end: at }, newText: indent + directive + eol });
  }
  return {
    title: ignoreHereTitle(doc.locale ?? 'vi', code),
    kind: QUICKFIX,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: edits } },
  };
}

/** Markdown hides a comment when rendered; anything else gets the plain-text marker line. */
function styleOf(uri: string, languageId: string | undefined): DirectiveStyle {
  if (languageId !== undefined) return languageId === 'markdown' ? 'markdown' : 'plain';
  return /\.(md|markdown)$/i.test(uri.split(/[?#]/)[0]) ? 'markdown' : 'plain';
}
