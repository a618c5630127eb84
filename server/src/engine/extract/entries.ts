/**
 * A proposal as glossary YAML: the entry (or entries: a new office with its holder) in the glossary's own format,
 * every fact `unconfirmed` and sourced to the article it was read from. Fields the text does not give are left out
 * and listed in the proposal's `missing`, so nothing is guessed; the reviewer fills them in and copies the entry.
 */
import { formatPartial } from '../time/dates';
import type { DocumentEntry, DocumentKind, Office, Person, Tenure, Term } from '../glossary/model';
import { slug } from './ids';
import type { DocumentProposal, PersonProposal, Proposal, TermProposal } from './types';

/** Glossary sections whose entries may still lack what the text did not say (listed in the proposal's `missing`). */
export interface GlossaryDraft {
  offices?: Office[];
  people?: (Omit<Person, 'titles'> & { titles: Partial<Tenure>[] })[];
  documents?: Partial<DocumentEntry>[];
  terms?: Partial<Term>[];
}

export function proposalEntry(p: Proposal): GlossaryDraft {
  switch (p.kind) {
    case 'person':
    case 'tenure':
      return personEntry(p);
    case 'document':
      return documentEntry(p);
    case 'term':
      return termEntry(p);
  }
}

const WHEN: Record<PersonProposal['event'], string> = {
  appointed: 'Được bổ nhiệm',
  elected: 'Được bầu',
  left: 'Thôi giữ chức',
  former: 'Đã thôi giữ chức ("nguyên", "từng")',
  holds: 'Giữ chức',
};

/**
 * A tenure starts or ends on a date only when the sentence itself states it: an article may recount an appointment
 * made months before it was written. Otherwise the article's date is in the note, and the dates are left to fill in.
 */
function personEntry(p: PersonProposal): GlossaryDraft {
  const { date, dateFrom } = p.evidence;
  const stated = dateFrom === 'sentence' ? date : undefined;
  const when = !date
    ? `${WHEN[p.event]}; bài viết không ghi ngày.`
    : stated
      ? `${WHEN[p.event]} vào ${formatPartial(stated, 'vi')} theo bài viết.`
      : `${WHEN[p.event]} theo bài viết ngày ${formatPartial(date, 'vi')}; ngày của sự việc chưa rõ.`;
  const tenure: Partial<Tenure> = {
    ...(p.officeId ? { office: p.officeId } : {}),
    ...(stated && (p.event === 'appointed' || p.event === 'elected') ? { from: stated } : {}),
    ...(stated && p.event === 'left' ? { to: stated } : {}),
    ...(p.acting ? { acting: true } : {}),
    note:
      when +
      (p.qualifier ? ` Bài viết ghi "${p.qualifier}".` : '') +
      (p.officeId ? '' : ` Chức danh như bài viết ghi: "${p.title}".`),
    sources: [p.source],
    confidence: 'unconfirmed',
  };
  const file: GlossaryDraft = {
    people: [{ id: p.personId, name: p.name, titles: [tenure], sources: [p.source] }],
  };
  if (p.newOffice) file.offices = [{ ...p.newOffice, sources: [p.source] }];
  return file;
}

function documentEntry(p: DocumentProposal): GlossaryDraft {
  const d = p.document;
  return {
    documents: [
      {
        id: documentId(p),
        kind: d.kind as DocumentKind,
        number: d.number,
        ...(d.symbol ? { symbol: d.symbol } : {}),
        ...(d.issuer ? { issuer: d.issuer } : {}),
        ...(d.date ? { date: d.date } : {}),
        ...(d.subject ? { subject: d.subject } : {}),
        status: 'unknown',
        sources: [p.source],
        confidence: 'unconfirmed',
      },
    ],
  };
}

/** "nq-34-nq-tw", "luat-65-2020-qh14", "qd-1868-2025": the kind's initials, then the symbol (or number and year). */
export function documentId(p: DocumentProposal): string {
  const d = p.document;
  const initials = slug(d.kind)
    .split('-')
    .map((w) => w[0])
    .join('');
  const kind = initials.length > 1 ? initials : slug(d.kind);
  if (d.symbol) return `${kind}-${slug(d.symbol)}`;
  return [kind, d.number, d.date?.slice(0, 4)].filter(Boolean).join('-');
}

function termEntry(p: TermProposal): GlossaryDraft {
  return {
    terms: [
      {
        id: slug(p.term),
        canonical: p.term,
        ...(p.cue ? { category: p.cue } : {}),
        sources: [p.source],
      },
    ],
  };
}
