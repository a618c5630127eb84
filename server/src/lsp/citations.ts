/**
 * Full citations of glossary documents, in the form Vietnamese official writing uses:
 * "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …".
 * Built from glossary data (not from completion) so the picker lists every document.
 */
import type { Body, DocumentEntry, GlossaryData } from '../engine';
import type { DocumentItem } from './protocol';

/** "2023-01-09" → "ngày 9/1/2023"; partial dates say only what is known. */
export function formatDatePhrase(date: string | undefined): string {
  if (!date) return '';
  const [y, m, d] = date.split('-').map((s) => Number.parseInt(s, 10));
  if (!y) return '';
  if (d && m) return `ngày ${d}/${m}/${y}`;
  if (m) return `tháng ${m}/${y}`;
  return `năm ${y}`;
}

export function citationOf(doc: DocumentEntry, bodies: ReadonlyMap<string, Body>): string {
  const parts = [`${doc.kind} số ${doc.symbol ?? doc.number}`];
  const date = formatDatePhrase(doc.date);
  if (date) parts.push(date);
  const issuer = bodies.get(doc.issuer);
  if (issuer) parts.push(`của ${issuer.name}`);
  if (doc.subject) parts.push(doc.subject.trim());
  return parts.join(' ');
}

const STATUS_VI: Record<DocumentEntry['status'], string> = {
  'in-force': 'còn hiệu lực',
  superseded: 'đã được thay thế',
  expired: 'hết hiệu lực',
  lapsed: 'hết thời hạn',
  unknown: 'chưa rõ hiệu lực',
};

export function documentItems(data: GlossaryData): DocumentItem[] {
  const bodies = new Map(data.bodies.map((b) => [b.id, b] as const));
  return data.documents.map((doc) => {
    const issuer = bodies.get(doc.issuer)?.name ?? doc.issuer;
    const date = formatDatePhrase(doc.date);
    return {
      id: doc.id,
      label: `${doc.kind} ${doc.symbol ?? doc.number}`,
      citation: citationOf(doc, bodies),
      detail: [issuer, date, STATUS_VI[doc.status] ?? doc.status].filter(Boolean).join(' · '),
    };
  });
}
