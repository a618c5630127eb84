/**
 * One self-contained HTML page for reviewers: findings grouped by file, then by check, each with its sentence (the
 * span highlighted), severity, message and the preferred fix. No scripts, no external resources: it can be mailed,
 * archived with the draft, and printed. Every piece of text goes through escape-html.
 */
import escapeHtml from 'escape-html';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECK_CODES, type CheckCode, type Locale } from '../engine';
import { LSP_TO_SEVERITY } from '../lsp/diagnostics';
import { summary } from './format-text';
import { fixesOf, paragraphLabel, type FileReport } from './report';
import { ruleText } from './rules';

const T = {
  vi: {
    title: 'Báo cáo kiểm tra Chính Danh',
    asOf: 'Ngày đối chiếu',
    line: 'dòng',
    fix: 'Sửa',
    otherFixes: 'Cách sửa khác',
    noFindings: 'Không có vấn đề nào.',
    generated: 'Tạo lúc',
    severity: { error: 'lỗi', warning: 'cảnh báo', information: 'thông tin', hint: 'gợi ý' },
  },
  en: {
    title: 'Chính Danh report',
    asOf: 'As of',
    line: 'line',
    fix: 'Fix',
    otherFixes: 'Other fixes',
    noFindings: 'No findings.',
    generated: 'Generated',
    severity: { error: 'error', warning: 'warning', information: 'information', hint: 'hint' },
  },
} as const;

const STYLE = `
body{font:15px/1.5 system-ui,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1f24}
body{margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #153978}
h3{font-size:1rem;margin:1.25rem 0 .25rem}code{font-size:.9em}.meta,.where{color:#57606a;font-size:.9em}
ol{padding-left:1.25rem}li.finding{margin:.75rem 0;page-break-inside:avoid;break-inside:avoid}
blockquote{margin:.25rem 0;padding:.25rem .75rem;border-left:3px solid #d0d7de;background:#f6f8fa}
mark{background:#fff1a8;padding:0 .1em;border-bottom:2px solid #d4a72c}
.sev{display:inline-block;min-width:6.5em;font-size:.8em;font-weight:600;text-transform:uppercase}
.sev-error{color:#b42318}.sev-warning{color:#9a6700}.sev-information,.sev-hint{color:#0550ae}
.fix{color:#1a7f37}
@media print{body{margin:0;max-width:none}h2{page-break-before:auto}}
`;

const h = (s: string): string => escapeHtml(s);

/** The sentence around [start, end) of one line, split where Intl.Segmenter sees sentence boundaries. */
function sentenceAround(lineText: string, start: number, end: number, locale: Locale): { from: number; to: number } {
  let from = 0;
  let to = lineText.length;
  for (const seg of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(lineText)) {
    const segEnd = seg.index + seg.segment.length;
    if (segEnd <= start) from = segEnd;
    else if (seg.index >= end) {
      to = seg.index;
      break;
    }
  }
  return { from, to };
}

function quoted(report: FileReport, doc: TextDocument, d: Diagnostic, locale: Locale): string {
  const lineStart = doc.offsetAt({ line: d.range.start.line, character: 0 });
  const lineEnd = doc.offsetAt({ line: d.range.start.line + 1, character: 0 });
  const lineText = doc
    .getText()
    .slice(lineStart, lineEnd)
    .replace(/\r?\n$/, '');
  const start = d.range.start.character;
  const end = d.range.end.line === d.range.start.line ? d.range.end.character : lineText.length;
  const s = sentenceAround(lineText, start, end, locale);
  const [a, b, c] = [lineText.slice(s.from, start), lineText.slice(start, end), lineText.slice(end, s.to)];
  return `<blockquote>${h(a)}<mark>${h(b)}</mark>${h(c.trimEnd())}</blockquote>`;
}

function finding(report: FileReport, doc: TextDocument, d: Diagnostic, locale: Locale): string {
  const t = T[locale];
  const sev = LSP_TO_SEVERITY[d.severity ?? 2] ?? 'warning';
  const where = paragraphLabel(report, d.range.start.line, locale) ?? `${t.line} ${d.range.start.line + 1}`;
  const fixes = fixesOf(d);
  const preferred = fixes.find((f) => f.preferred) ?? fixes[0];
  // The fix's title already shows the corrected words ("Thêm “nguyên”: nguyên Bộ trưởng …").
  const fixHtml = preferred ? `<p class="fix">${h(t.fix)}: ${h(preferred.title)}</p>` : '';
  const others = fixes.filter((f) => f !== preferred);
  const othersHtml = others.length
    ? `<p class="fix">${h(t.otherFixes)}: ${others.map((f) => h(f.title)).join('; ')}</p>`
    : '';
  return [
    `<li class="finding sev-${sev}">`,
    `<span class="sev sev-${sev}">${h(t.severity[sev])}</span>`,
    `<span class="where">${h(where)}:${d.range.start.character + 1}</span>`,
    quoted(report, doc, d, locale),
    `<p class="message">${h(d.message).replace(/\r?\n/g, '<br>')}</p>`,
    fixHtml,
    othersHtml,
    '</li>',
  ].join('\n');
}

function fileSection(report: FileReport, locale: Locale): string {
  const t = T[locale];
  const doc = TextDocument.create('file:///draft', 'plaintext', 0, report.text ?? '');
  const groups = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) groups.set(String(d.code), [...(groups.get(String(d.code)) ?? []), d]);
  // Checks in registry order (most serious first), so every report reads the same way.
  const order = [...groups.keys()].sort(
    (a, b) => CHECK_CODES.indexOf(a as CheckCode) - CHECK_CODES.indexOf(b as CheckCode),
  );
  const body = order.length
    ? order
        .map((code) => {
          const name = (CHECK_CODES as readonly string[]).includes(code)
            ? ruleText(code as CheckCode, locale).short
            : code;
          const items = groups
            .get(code)!
            .map((d) => finding(report, doc, d, locale))
            .join('\n');
          const heading = `<h3><code>${h(code)}</code> — ${h(name)}</h3>`;
          return `<section class="check" data-code="${h(code)}">\n${heading}\n<ol>\n${items}\n</ol>\n</section>`;
        })
        .join('\n')
    : `<p>${h(t.noFindings)}</p>`;
  const heading = `<h2>${h(report.path)}</h2>\n<p class="meta">${h(t.asOf)}: ${h(report.asOf)}</p>`;
  return `<section class="file" data-path="${h(report.path)}">\n${heading}\n${body}\n</section>`;
}

export function formatHtml(files: readonly FileReport[], locale: Locale, generatedAt: Date = new Date()): string {
  const t = T[locale];
  const when = `${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${h(t.title)}</h1>
<p class="meta">${h(summary(files, locale))} · ${h(t.generated)}: ${h(when)}</p>
</header>
<main>
${files.map((f) => fileSection(f, locale)).join('\n')}
</main>
</body>
</html>
`;
}
