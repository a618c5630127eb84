/** Quick fixes, answered from Diagnostic.data so they match exactly what was shown. */
import type { CodeAction, CodeActionParams, Diagnostic, TextEdit } from 'vscode-languageserver';
import { SOURCE, diagnosticData } from './diagnostics';

export const QUICKFIX = 'quickfix';

export function codeActionsFor(params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === QUICKFIX || QUICKFIX.startsWith(k + '.') || k === '')) return [];
  const uri = params.textDocument.uri;
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    actions.push(...actionsForDiagnostic(uri, diagnostic));
  }
  return actions;
}

export function actionsForDiagnostic(uri: string, diagnostic: Diagnostic): CodeAction[] {
  const data = diagnosticData(diagnostic);
  if (!data) return [];
  return data.fixes.map((fix): CodeAction => {
    const edits: TextEdit[] = fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
    return {
      title: fix.title,
      kind: QUICKFIX,
      diagnostics: [diagnostic],
      // Only one fix per diagnostic may be preferred, or VS Code's auto-fix refuses to choose.
      isPreferred: fix.preferred === true || (data.fixes.length === 1 ? true : undefined),
      edit: { changes: { [uri]: edits } },
    };
  });
}
