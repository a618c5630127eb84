/** Engine hover → LSP Hover. */
import type { Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { HoverResult } from '../engine';
import { offsetRange } from './diagnostics';

export function hoverToLsp(doc: TextDocument, h: HoverResult | null): Hover | null {
  if (!h) return null;
  return { contents: { kind: 'markdown', value: h.markdown }, range: offsetRange(doc, h.start, h.end) };
}
