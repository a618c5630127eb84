/**
 * The text of a .docx as the checker sees it: one line per Word paragraph, in reading order — the body (table
 * cells included, as Word stores them row by row), then footnotes, then endnotes. Each character remembers where it
 * came from, so a fix can be written back into the very <w:t> run it was read from and the run's formatting stays.
 *
 * Libraries: JSZip opens the package (the zip), @xmldom/xmldom parses and re-serializes the XML parts without
 * touching what we do not edit (a DOM, not a lossy object mapping).
 */
import { DOMParser, type Document, type Element, type Node, type Text } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const FOOTNOTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
const ENDNOTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes';

export type DocxPartKind = 'body' | 'footnote' | 'endnote';

/** A run of paragraph characters: either text of a <w:t> (editable) or a tab/break we render as one character. */
export interface Piece {
  start: number;
  end: number;
  node?: Text;
}

export interface DocxParagraph {
  text: string;
  kind: DocxPartKind;
  /** 1-based number of the footnote or endnote, in the order the notes part lists them. */
  note?: number;
  pieces: Piece[];
}

export interface DocxPart {
  path: string;
  doc: Document;
}

export interface DocxDraft {
  zip: JSZip;
  parts: DocxPart[];
  paragraphs: DocxParagraph[];
}

/** Thrown for a file that is not a readable Word document; the message is for the user. */
export class DocxError extends Error {}

/** Characters Word shows for elements that have no <w:t>: kept so columns match what the reader sees. */
const VIRTUAL_CHARS: Record<string, string> = { tab: '\t', br: ' ', cr: ' ', noBreakHyphen: '-' };
/** Footnote/endnote entries that are layout, not notes (the separator line above the notes). */
const SPECIAL_NOTE_TYPES = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

function parseXml(xml: string, where: string): Document {
  try {
    return new DOMParser().parseFromString(xml, 'text/xml');
  } catch (err) {
    throw new DocxError(`${where}: ${(err as Error).message}`);
  }
}

function childElements(node: Node): Element[] {
  const out: Element[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

/** Paragraphs below `root` in document order; a paragraph nested in a text box becomes its own paragraph. */
function collectParagraphs(root: Node, kind: DocxPartKind, note?: number): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  const walk = (node: Node, current: DocxParagraph | undefined): void => {
    for (const el of childElements(node)) {
      // Word writes text boxes twice (DrawingML and a VML fallback); read only the first.
      if (el.namespaceURI === MC_NS && el.localName === 'Fallback') continue;
      if (el.namespaceURI !== W_NS) {
        walk(el, current);
        continue;
      }
      if (el.localName === 'p') {
        const p: DocxParagraph = { text: '', kind, pieces: [], ...(note ? { note } : {}) };
        out.push(p);
        walk(el, p);
      } else if (el.localName === 't' && current) {
        for (let c = el.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== 3 && c.nodeType !== 4) continue;
          const data = (c as Text).data.replace(/[\r\n]/g, ' ');
          current.pieces.push({ start: current.text.length, end: current.text.length + data.length, node: c as Text });
          current.text += data;
        }
      } else if (el.localName && el.localName in VIRTUAL_CHARS && current) {
        const ch = VIRTUAL_CHARS[el.localName];
        current.pieces.push({ start: current.text.length, end: current.text.length + ch.length });
        current.text += ch;
      } else {
        // Deleted text (w:delText) and field codes (w:instrText) are other element names and so are not read.
        walk(el, current);
      }
    }
  };
  walk(root, undefined);
  return out;
}

async function readPart(zip: JSZip, partPath: string): Promise<Document | undefined> {
  const file = zip.file(partPath);
  return file ? parseXml(await file.async('string'), partPath) : undefined;
}

/** Targets of the relationships in a .rels part, by relationship type, resolved against `baseDir`. */
function relationshipTargets(rels: Document | undefined, baseDir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!rels) return out;
  const list = rels.getElementsByTagNameNS(REL_NS, 'Relationship');
  for (let i = 0; i < list.length; i++) {
    const r = list.item(i)!;
    const target = r.getAttribute('Target') ?? '';
    if (r.getAttribute('TargetMode') === 'External' || !target) continue;
    const resolved = target.startsWith('/') ? target.slice(1) : normalizeZipPath(`${baseDir}${target}`);
    out.set(r.getAttribute('Type') ?? '', resolved);
  }
  return out;
}

function normalizeZipPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg && seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i + 1);
}

function relsPathOf(partPath: string): string {
  return `${dirOf(partPath)}_rels/${partPath.slice(dirOf(partPath).length)}.rels`;
}

function notesParagraphs(doc: Document, kind: 'footnote' | 'endnote'): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  let n = 0;
  for (const note of childElements(doc.documentElement!)) {
    if (note.namespaceURI !== W_NS || note.localName !== kind) continue;
    if (SPECIAL_NOTE_TYPES.has(note.getAttributeNS(W_NS, 'type') ?? '')) continue;
    out.push(...collectParagraphs(note, kind, ++n));
  }
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxDraft> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError('not a Word .docx file (it is not a zip package)');
  }
  const mainPath =
    relationshipTargets(await readPart(zip, '_rels/.rels'), '').get(OFFICE_DOCUMENT) ?? 'word/document.xml';
  const main = await readPart(zip, mainPath);
  if (!main?.documentElement) throw new DocxError('not a Word .docx file (no main document part)');
  const parts: DocxPart[] = [{ path: mainPath, doc: main }];
  const paragraphs = collectParagraphs(main.documentElement, 'body');
  const rels = relationshipTargets(await readPart(zip, relsPathOf(mainPath)), dirOf(mainPath));
  for (const [type, kind] of [
    [FOOTNOTES, 'footnote'],
    [ENDNOTES, 'endnote'],
  ] as const) {
    const notesPath = rels.get(type);
    const notes = notesPath ? await readPart(zip, notesPath) : undefined;
    if (!notesPath || !notes?.documentElement) continue;
    parts.push({ path: notesPath, doc: notes });
    paragraphs.push(...notesParagraphs(notes, kind));
  }
  return { zip, parts, paragraphs };
}

/** The text the engine checks: paragraphs joined by line breaks, so a diagnostic's line is its paragraph index. */
export function docxPlainText(draft: DocxDraft): string {
  return draft.paragraphs.map((p) => p.text).join('\n');
}
