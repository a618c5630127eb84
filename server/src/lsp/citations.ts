/**
 * The document picker's items ("insert a citation"): every glossary document with its full
 * citation, written by the engine's formatter so the picker and completion insert the same text.
 */
import { datePhrase, formatCitation, type DocumentEntry, type Glossary } from '../engine';
import type { DocumentItem } from './protocol';

const STATUS_VI: Record<DocumentEntry['status'], string> = {
  'in-force': 'còn hiệu lực',
  superseded: 'đã được thay thế',
  expired: 'hết hiệu lực',
  lapsed: 'hết thời hạn',
  unknown: 'chưa rõ hiệu lực',
};

export function documentItems(glossary: Glossary): DocumentItem[] {
  return glossary.data.documents.map((doc) => ({
    id: doc.id,
    label: `${doc.kind} ${doc.symbol ?? doc.number}`,
    citation: formatCitation(doc, glossary),
    detail: [glossary.bodyName(doc.issuer) || doc.issuer, datePhrase(doc.date), STATUS_VI[doc.status] ?? doc.status]
      .filter(Boolean)
      .join(' · '),
  }));
}
