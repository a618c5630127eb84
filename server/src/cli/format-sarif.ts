/**
 * SARIF 2.1.0 for code-scanning UIs, typed with @types/sarif. Paths inside the working directory are relative URIs
 * against the `%SRCROOT%` base (the run says where that is), so uploads from CI resolve against the checkout.
 * Columns are UTF-16 code units, 1-based. Text drafts carry their preferred fixes as SARIF `fixes`; a .docx does
 * not (its lines are paragraphs, and a replacement region in a zip would be meaningless): use `--fix` for those.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { CHECK_CODES, type CheckCode, type Locale } from '../engine';
import { LSP_TO_SEVERITY, type DiagnosticFix } from '../lsp/diagnostics';
import { DEFAULT_SEVERITY } from '../engine';
import { fixesOf, paragraphLabel, type FileReport } from './report';
import { ruleText } from './rules';

export const SRCROOT = '%SRCROOT%';

const LEVEL: Record<string, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export interface SarifRunInfo {
  version: string;
  locale: Locale;
  cwd: string;
  argv: readonly string[];
  startTime: Date;
  endTime: Date;
  exitCode: number;
}

/** Relative to the working directory when inside it (with uriBaseId), else an absolute file: URI. */
export function artifactLocation(p: string, cwd: string): Sarif.ArtifactLocation {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }
  return { uri: pathToFileURL(abs).href };
}

function region(r: DiagnosticFix['edits'][number]['range']): Sarif.Region {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

function sarifFix(fix: DiagnosticFix, location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  };
}

/**
 * SARIF wants `name` readable and different from the opaque `id` (the Multitool's SARIF1001 compares them without
 * case): "outdated-title" → "OutdatedTitle", and a one-word code gets "Mismatch" so it differs from its id.
 */
function ruleName(code: CheckCode): string {
  const pascal = code.replace(/(^|-)([a-z])/g, (_m, _dash: string, ch: string) => ch.toUpperCase());
  return pascal.toLowerCase() === code.toLowerCase() ? `${pascal}Mismatch` : pascal;
}

function rule(code: CheckCode, locale: Locale): Sarif.ReportingDescriptor {
  const text = ruleText(code, locale);
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help, markdown: `**${text.short}**\n\n${text.full}\n\n${text.help}` },
    defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[code]] ?? 'warning' },
  };
}

/** The flagged words, so a viewer can show them without opening the file (and for .docx, which it cannot open). */
function withSnippet(r: Sarif.Region, f: FileReport, d: FileReport['diagnostics'][number]): Sarif.Region {
  if (f.text === undefined || d.range.start.line !== d.range.end.line) return r;
  const line = f.text.split('\n')[d.range.start.line] ?? '';
  return { ...r, snippet: { text: line.slice(d.range.start.character, d.range.end.character) } };
}

function results(f: FileReport, info: SarifRunInfo): Sarif.Result[] {
  const location = artifactLocation(f.path, info.cwd);
  return f.diagnostics.map((d) => {
    const code = String(d.code);
    const ruleIndex = (CHECK_CODES as readonly string[]).indexOf(code);
    const label = paragraphLabel(f, d.range.start.line, info.locale);
    const fixes = f.paragraphs ? [] : fixesOf(d).map((x) => sarifFix(x, location));
    return {
      ruleId: code,
      ...(ruleIndex >= 0 ? { ruleIndex } : {}),
      level: LEVEL[LSP_TO_SEVERITY[d.severity ?? 2] ?? 'warning'],
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: withSnippet(region(d.range), f, d) } }],
      ...(fixes.length ? { fixes } : {}),
      properties: { asOf: f.asOf, ...(label ? { paragraph: label } : {}) },
    };
  });
}

export function formatSarif(files: readonly FileReport[], info: SarifRunInfo): string {
  const cwdUri = pathToFileURL(info.cwd.endsWith(path.sep) ? info.cwd : info.cwd + path.sep).href;
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'chinh-danh',
            version: info.version,
            semanticVersion: info.version,
            language: info.locale,
            rules: CHECK_CODES.map((code) => rule(code, info.locale)),
          },
        },
        invocations: [
          {
            executionSuccessful: info.exitCode !== 2,
            exitCode: info.exitCode,
            commandLine: ['chinh-danh', ...info.argv].map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' '),
            arguments: [...info.argv],
            startTimeUtc: info.startTime.toISOString(),
            endTimeUtc: info.endTime.toISOString(),
            workingDirectory: { uri: cwdUri },
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((f) => results(f, info)),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
