/**
 * Engine completion candidates → LSP CompletionItems. The list carries what the editor shows and inserts; for a
 * client that resolves items, an item's documentation (a glossary entry's description, hundreds of bytes each) is
 * written only for the item the writer moves to, in `completionItem/resolve`.
 */
import type { ClientCapabilities, CompletionItem, CompletionItemKind, CompletionList } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  describeCandidate,
  type CandidateList,
  type CompletionCandidate,
  type CompletionKind,
  type Glossary,
  type Locale,
} from '../engine';
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

/** What an item carries to its resolve: enough to describe its entry without the document (its as-of day). */
export interface CompletionItemData {
  ref: string;
  kind: CompletionKind;
  day: number;
  locale: Locale;
}

export function candidateToItem(
  doc: TextDocument,
  c: CompletionCandidate,
  resolve?: Omit<CompletionItemData, 'ref' | 'kind'>,
): CompletionItem {
  return {
    label: c.label,
    kind: KIND[c.kind],
    textEdit: { range: offsetRange(doc, c.replaceStart, c.replaceEnd), newText: c.insertText },
    filterText: c.filterText,
    sortText: c.sortKey,
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: 'markdown', value: c.documentation } } : {}),
    data: resolve ? { ref: c.ref, kind: c.kind, ...resolve } : { ref: c.ref },
  };
}

/**
 * The list as the editor gets it. `isIncomplete` when the engine kept only the best candidates: the editor then asks
 * again as the writer types (VS Code re-queries an incomplete list at each keystroke) instead of filtering a list
 * that lacks what the longer prefix would find.
 */
export function candidatesToList(doc: TextDocument, list: CandidateList, locale: Locale): CompletionList {
  const resolve = { day: list.asOfDay, locale };
  return { isIncomplete: list.incomplete, items: list.candidates.map((c) => candidateToItem(doc, c, resolve)) };
}

/**
 * Whether the client resolves this property of a completion item lazily. LSP allows any client to be sent
 * documentation and detail only in completionItem/resolve, but some never ask (Neovim's built-in omnifunc): only a
 * client that lists the property in `resolveSupport` (VS Code, nvim-cmp, …) gets a list without it, as rust-analyzer
 * does.
 */
export function resolvesLazily(caps: ClientCapabilities, property: 'documentation' | 'detail'): boolean {
  // Capabilities are input: a client may send resolveSupport without its list.
  const properties: unknown = caps.textDocument?.completion?.completionItem?.resolveSupport?.properties;
  return Array.isArray(properties) && properties.includes(property);
}

/** The item with its documentation, from the data the list gave it; unchanged if that data is not ours. */
export function resolveItem(item: CompletionItem, glossary: Glossary): CompletionItem {
  const data = itemData(item.data);
  if (!data || item.documentation !== undefined) return item;
  const documentation = describeCandidate(glossary, data.kind, data.ref, data.day, data.locale);
  return documentation === undefined ? item : { ...item, documentation: { kind: 'markdown', value: documentation } };
}

/** The client sends `data` back as it got it, but it is input: check its shape. */
function itemData(data: unknown): CompletionItemData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { ref, kind, day, locale } = data as Record<string, unknown>;
  if (typeof ref !== 'string' || typeof kind !== 'string' || !Object.hasOwn(KIND, kind)) return undefined;
  if (typeof day !== 'number' || !Number.isInteger(day) || (locale !== 'vi' && locale !== 'en')) return undefined;
  return { ref, kind: kind as CompletionKind, day, locale };
}
