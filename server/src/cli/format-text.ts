/** `path:line:col severity code message`, one per line, then a summary in the chosen language. */
import type { Locale } from '../engine';
import { LSP_TO_SEVERITY } from '../lsp/diagnostics';
import { countSeverities, type FileReport } from './report';

export function formatText(files: readonly FileReport[], locale: Locale): string {
  const lines: string[] = [];
  for (const f of files) {
    for (const d of f.diagnostics) {
      const sev = LSP_TO_SEVERITY[d.severity ?? 2] ?? 'warning';
      // One finding per line, so grep and editors' problem matchers can parse it.
      const message = d.message.replace(/\s*\r?\n\s*/g, ' ');
      lines.push(`${f.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${sev} ${d.code} ${message}`);
    }
  }
  lines.push(summary(files, locale));
  return lines.join('\n') + '\n';
}

export function summary(files: readonly FileReport[], locale: Locale): string {
  const c = countSeverities(files);
  if (locale === 'en') {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const parts = [plural(c.errors, 'error', 'errors'), plural(c.warnings, 'warning', 'warnings'), plural(c.information, 'info', 'info')];
    if (c.hints) parts.push(plural(c.hints, 'hint', 'hints'));
    return `${parts.join(', ')} in ${plural(files.length, 'file', 'files')}`;
  }
  const parts = [`${c.errors} lỗi`, `${c.warnings} cảnh báo`, `${c.information} thông tin`];
  if (c.hints) parts.push(`${c.hints} gợi ý`);
  return `${parts.join(', ')} trong ${files.length} tệp`;
}
