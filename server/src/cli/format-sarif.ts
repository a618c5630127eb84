/** SARIF 2.1.0 for code-scanning UIs. Columns are UTF-16 code units, 1-based. */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECK_CODES, type Locale } from '../engine';
import { LSP_TO_SEVERITY } from '../lsp/diagnostics';
import type { FileReport } from './report';
import { ruleDescription } from './rules';

const LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** Relative paths stay relative (SARIF viewers resolve them against the checkout); absolute ones become file: URIs. */
function artifactUri(p: string): string {
  if (path.isAbsolute(p)) return pathToFileURL(p).href;
  return encodeURI(p.split(path.sep).join('/'));
}

function ruleIndex(code: string): { ruleIndex?: number } {
  const i = (CHECK_CODES as readonly string[]).indexOf(code);
  return i >= 0 ? { ruleIndex: i } : {};
}

export function formatSarif(files: readonly FileReport[], locale: Locale, version: string): string {
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: String(d.code),
      ...ruleIndex(String(d.code)),
      level: LEVEL[LSP_TO_SEVERITY[d.severity ?? 2] ?? 'warning'],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: artifactUri(f.path) },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
      properties: { asOf: f.asOf },
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'chinh-danh',
            version,
            rules: CHECK_CODES.map((code) => ({ id: code, name: code, shortDescription: { text: ruleDescription(code, locale) } })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
