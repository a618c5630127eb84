/** How a document is cited in full: "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …". */
import type { Glossary } from '../glossary/glossary';
import type { DocumentEntry } from '../glossary/model';
import { formatPartial } from '../time/dates';

/** "2023-01-09" → "ngày 9/1/2023"; partial dates say only what is known ("tháng 2/2023", "năm 2023"). */
export function datePhrase(date: string | undefined): string {
  if (!date) return '';
  const parts = date.split('-');
  const word = parts.length === 3 ? 'ngày' : parts.length === 2 ? 'tháng' : 'năm';
  return `${word} ${formatPartial(date, 'vi')}`;
}

export function formatCitation(doc: DocumentEntry, glossary: Glossary): string {
  const issuer = glossary.bodyName(doc.issuer);
  return [
    `${doc.kind} số ${doc.symbol ?? doc.number}`,
    datePhrase(doc.date),
    issuer && `của ${issuer}`,
    doc.subject.trim(),
  ]
    .filter(Boolean)
    .join(' ');
}
