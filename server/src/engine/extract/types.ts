/** What `extract` proposes: facts read from articles that the glossary does not have yet, each with its evidence. */
import type { Office } from '../glossary/model';

export type ProposalKind = 'person' | 'tenure' | 'document' | 'term';

/**
 * What the sentence says about a title: the tenure starts ("được bổ nhiệm", "được bầu", "tân"), ends ("thôi giữ
 * chức", "nghỉ hưu", "miễn nhiệm"), lies in the past ("nguyên", "cố", "từng giữ chức") or is simply held on the date.
 */
export type TenureEvent = 'appointed' | 'elected' | 'left' | 'former' | 'holds';

export interface Sighting {
  /** The input's name as given (a path). */
  file: string;
  /** 1-based line (a .docx paragraph) of the statement. */
  line: number;
}

export interface Evidence extends Sighting {
  /** The sentence it came from, as written. */
  sentence: string;
  /** The words read (title and name, the citation, the quoted term), as written. */
  span: string;
  /** The date the statement is about: partial ISO ("2025", "2025-03", "2025-03-12"); absent when unknown. */
  date?: string;
  /** Where the date comes from: the sentence itself or the article's own date. */
  dateFrom?: 'sentence' | 'article';
}

interface ProposalBase {
  kind: ProposalKind;
  /** Identity for merging sightings: the same fact seen twice is one proposal. */
  key: string;
  /** 0..1: how likely the proposal states a true fact as written (see docs/extract.md for the scoring). */
  confidence: number;
  evidence: Evidence;
  /** Every place the same fact was read, the evidence's included. */
  seen: Sighting[];
  /** Fields a glossary entry needs that the text does not give; the reviewer fills them in. */
  missing: string[];
  /** The input's source id (see ExtractResult.sources). */
  source: string;
}

export interface PersonProposal extends ProposalBase {
  kind: 'person' | 'tenure';
  name: string;
  /** The glossary's id for a known person (kind "tenure"), else a new id made from the name. */
  personId: string;
  /** The title as written. */
  title: string;
  /** The office id, when the title names one office (known or proposed in `newOffice`). */
  officeId?: string;
  /** An office the glossary lacks, made of a known role and a known body ("Thứ trưởng" + "Bộ Công Thương"). */
  newOffice?: Office;
  event: TenureEvent;
  acting?: boolean;
  /** "khóa XIII", "nhiệm kỳ 2021-2026" written after the title. */
  qualifier?: string;
}

export interface ProposedDocument {
  kind: string;
  number: string;
  symbol?: string;
  /** Body id of the issuer, written ("của Bộ Chính trị") or read from the symbol's issuer code. */
  issuer?: string;
  issuerWritten?: string;
  date?: string;
  subject?: string;
}

export interface DocumentProposal extends ProposalBase {
  kind: 'document';
  document: ProposedDocument;
  /** Known documents of the same kind and number that the citation does not match (another year, issuer). */
  sameNumber: string[];
}

export interface TermProposal extends ProposalBase {
  kind: 'term';
  term: string;
  /** The word that introduces it as a term ("phương châm", "khái niệm"), if any. */
  cue?: string;
}

export type Proposal = PersonProposal | DocumentProposal | TermProposal;
