/**
 * `path:line:col severity code message`, one per line (grep and editors' problem matchers parse it), then a summary.
 * For a .docx the line is the paragraph number, and an indented line quotes the paragraph so it can be found in Word.
 */
import type { Locale } from '../engine';
import { LSP_TO_SEVERITY } from '../lsp/diagnostics';
import { colors, type Colors } from './colors';
import { countSeverities, lineText, paragraphLabel, type FileReport } from './report';

const PLAIN = colors(false);
const QUOTE_MAX = 160;

function paint(c: Colors, severity: string): (s: string) => string {
  if (severity === 'error') return (s) => c.bold(c.red(s));
  if (severity === 'warning') return c.yellow;
  return c.cyan;
}

/** The paragraph, shortened around the finding when long. */
function quote(text: string, column: number): string {
  if (text.length <= QUOTE_MAX) return text;
  const from = Math.max(0, Math.min(column - QUOTE_MAX / 2, text.length - QUOTE_MAX));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + QUOTE_MAX)}${from + QUOTE_MAX < text.length ? '…' : ''}`;
}

export function formatText(
  files: readonly FileReport[],
  locale: Locale,
  c: Colors = PLAIN,
  summaryLine: string = summary(files, locale),
): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const sev = LSP_TO_SEVERITY[d.severity ?? 2] ?? 'warning';
      const message = d.message.replace(/\s*\r?\n\s*/g, ' ');
      const where = `${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${c.bold(where)} ${paint(c, sev)(sev)} ${c.dim(String(d.code))} ${message}`);
      const label = paragraphLabel(f, d.range.start.line, locale);
      if (label)
        lines.push(`    ${c.dim(label + ':')} ${quote(lineText(f, d.range.start.line), d.range.start.character)}`);
    }
  }
  lines.push(summaryLine);
  return lines.join('\n') + '\n';
}

export function summary(files: readonly FileReport[], locale: Locale): string {
  const c = countSeverities(files);
  if (locale === 'en') {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const parts = [
      plural(c.errors, 'error', 'errors'),
      plural(c.warnings, 'warning', 'warnings'),
      plural(c.information, 'info', 'info'),
    ];
    if (c.hints) parts.push(plural(c.hints, 'hint', 'hints'));
    return `${parts.join(', ')} in ${plural(files.length, 'file', 'files')}`;
  }
  const parts = [`${c.errors} lỗi`, `${c.warnings} cảnh báo`, `${c.information} thông tin`];
  if (c.hints) parts.push(`${c.hints} gợi ý`);
  return `${parts.join(', ')} trong ${files.length} tệp`;
}
