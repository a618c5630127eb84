/** Engine completion candidates → LSP CompletionItems. */
import type { CompletionItem, CompletionItemKind } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionCandidate, CompletionKind } from '../engine';
import { offsetRange } from './diagnostics';

/**
 * Only characters that end a document symbol fragment ("34-", "34/"). A space or a letter would
 * pop the list up on every word, which fights Vietnamese input methods (Telex/VNI compose
 * letters in place); users invoke completion explicitly instead.
 */
export const TRIGGER_CHARACTERS = ['-', '/'];

const KIND: Record<CompletionKind, CompletionItemKind> = {
  person: 12, // Value
  office: 10, // Property
  body: 9, // Module
  document: 18, // Reference
  term: 14, // Keyword
};

export function candidateToItem(doc: TextDocument, c: CompletionCandidate): CompletionItem {
  return {
    label: c.label,
    kind: KIND[c.kind],
    textEdit: { range: offsetRange(doc, c.replaceStart, c.replaceEnd), newText: c.insertText },
    filterText: c.filterText,
    sortText: c.sortKey,
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: 'markdown', value: c.documentation } } : {}),
    data: { ref: c.ref },
  };
}
