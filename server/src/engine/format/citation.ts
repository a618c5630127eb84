/** How a document is cited in full: "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …". */
import type { Glossary } from '../glossary/glossary';
import type { DocumentEntry } from '../glossary/model';
import { formatPartial } from '../time/dates';

export function citationDate(date: string | undefined): string {
  if (!date) return '';
  const parts = date.split('-');
  if (parts.length === 3) return ` ngày ${formatPartial(date, 'vi')}`;
  if (parts.length === 2) return ` tháng ${formatPartial(date, 'vi')}`;
  return ` năm ${date}`;
}

export function formatCitation(doc: DocumentEntry, glossary: Glossary): string {
  const issuer = glossary.bodyName(doc.issuer);
  const subject = doc.subject ? ` ${doc.subject}` : '';
  return `${doc.kind} số ${doc.symbol ?? doc.number}${citationDate(doc.date)}${issuer ? ` của ${issuer}` : ''}${subject}`;
}
