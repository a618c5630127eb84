/** Which documents are drafts we check: Markdown and plain text. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isDraftPath } from '../node/drafts';

const LANGUAGES = new Set(['markdown', 'plaintext']);

export function isDraftDocument(doc: Pick<TextDocument, 'languageId' | 'uri'>): boolean {
  if (LANGUAGES.has(doc.languageId)) return true;
  const p = doc.uri.split(/[?#]/)[0];
  return isDraftPath(decodeURIComponent(p));
}
