/**
 * Writes fixes back into a .docx: each edit changes the <w:t> text it was read from, so runs keep their fonts,
 * bold, colour and tracked-change wrappers; every other part of the package is copied unchanged.
 */
import { XMLSerializer, type Element } from '@xmldom/xmldom';
import type { DocxDraft, DocxParagraph, Piece } from './docx-text';

/** An edit inside one paragraph, in that paragraph's columns (UTF-16 code units). */
export interface ParagraphEdit {
  paragraph: number;
  start: number;
  end: number;
  newText: string;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The pieces an edit touches; undefined when it would change a tab or break (those are not text we can rewrite). */
function touchedPieces(p: DocxParagraph, start: number, end: number): Piece[] | undefined {
  let touched: Piece[];
  if (start === end) {
    // An insertion joins the run of the text that follows it (e.g. "nguyên " takes the title's formatting).
    const at =
      p.pieces.find((x) => x.node && x.start <= start && start < x.end) ??
      p.pieces.find((x) => x.node && x.start < start && start === x.end);
    touched = at ? [at] : [];
  } else {
    touched = p.pieces.filter((x) => x.start < end && start < x.end);
  }
  if (touched.length === 0 || touched.some((x) => !x.node)) return undefined;
  return touched;
}

function keepSpaces(textNode: Piece['node']): void {
  // Without xml:space="preserve" Word drops leading and trailing spaces of the run.
  const parent = textNode?.parentNode as Element | null | undefined;
  parent?.setAttributeNS(XML_NS, 'xml:space', 'preserve');
}

/** Applies one edit; returns false when it cannot be written into text runs. */
function applyEdit(p: DocxParagraph, edit: ParagraphEdit): boolean {
  const touched = touchedPieces(p, edit.start, edit.end);
  if (!touched) return false;
  touched.forEach((piece, i) => {
    const node = piece.node!;
    const from = Math.max(edit.start, piece.start) - piece.start;
    const to = Math.min(edit.end, piece.end) - piece.start;
    node.data = node.data.slice(0, from) + (i === 0 ? edit.newText : '') + node.data.slice(to);
    keepSpaces(node);
  });
  return true;
}

export interface DocxFixResult {
  bytes: Uint8Array;
  applied: number;
  skipped: number;
}

/** Edits must not overlap. They are applied right to left so the recorded columns stay valid. */
export async function writeFixedDocx(draft: DocxDraft, edits: readonly ParagraphEdit[]): Promise<DocxFixResult> {
  let applied = 0;
  let skipped = 0;
  const ordered = [...edits].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
  for (const edit of ordered) {
    const p = draft.paragraphs[edit.paragraph];
    if (p && applyEdit(p, edit)) applied++;
    else skipped++;
  }
  const serializer = new XMLSerializer();
  for (const part of draft.parts) draft.zip.file(part.path, serializer.serializeToString(part.doc));
  const bytes = await draft.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { bytes, applied, skipped };
}
