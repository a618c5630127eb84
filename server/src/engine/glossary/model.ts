/**
 * The glossary as written in glossary/*.yaml (after schema validation).
 * Every fact carries its sources and a confidence, because a check built on an
 * unconfirmed fact must say so and must never be an error.
 */
import type { CheckCode } from '../api';

/** Partial ISO date: "2025", "2025-02" or "2025-02-03". Partial dates are uncertainty windows. */
export type PartialDate = string;

export type Confidence = 'confirmed' | 'partly-confirmed' | 'unconfirmed';

/** A source id from sources.yaml (e.g. "corpus-003") or a URL. */
export type SourceRef = string;

/**
 * Example sentences an entry carries so that it tests itself (`chinh-danh glossary test`): what must be flagged
 * about it and what must stay silent. The engine never reads them while checking drafts.
 */
export interface EntryExamples {
  /** Sentences that must raise a finding about this entry (of `code`, when given). */
  flag?: FlagExample[];
  /** Sentences that mention this entry and must raise no finding about it. */
  pass?: PassExample[];
}

export interface PassExample {
  text: string;
  /** ISO date YYYY-MM-DD the sentence is checked as of, where it states no date itself (default: today). */
  asOf?: string;
}

export interface FlagExample extends PassExample {
  /** The check code expected (e.g. "outdated-title"); absent: any finding about the entry will do. */
  code?: CheckCode;
}

export interface Source {
  id: string;
  title: string;
  /** Outlet or publisher. */
  outlet?: string;
  url?: string;
  /** Corpus file name, for the five articles. */
  file?: string;
  date?: PartialDate;
  /** Where `date` was read: the page's date line (default), its address, or only its text. */
  dateSource?: 'page' | 'url' | 'text';
}

export type BodyKind =
  | 'party'
  | 'state'
  | 'government'
  | 'assembly'
  | 'ministry'
  | 'military'
  | 'local'
  | 'foreign'
  | 'international'
  | 'other';

export interface Body {
  id: string;
  /** Official full name, e.g. "Ban Đối ngoại Trung ương". */
  name: string;
  /** Other accepted written forms: short forms, abbreviations ("Ban Đối ngoại TW", "BCT"). */
  aliases?: string[];
  kind: BodyKind;
  /** Symbol issuer code used in document numbers ("TW", "CP", "QH15"). */
  issuerCode?: string;
  /** Codes that change with the term ("QH15" for the 15th National Assembly, "QH16" for the 16th), with dates. */
  issuerCodes?: IssuerCode[];
  from?: PartialDate;
  /** The day the body ceased to exist (dissolved, merged, renamed). */
  until?: PartialDate;
  /** Body ids that took over its functions. */
  successors?: string[];
  /** What happened, in our own words ("sáp nhập vào …"). */
  fate?: string;
  sources: SourceRef[];
  confidence: Confidence;
  examples?: EntryExamples;
}

export interface IssuerCode {
  code: string;
  from?: PartialDate;
  to?: PartialDate;
  sources: SourceRef[];
}

/** An office that a person holds: a role in a body ("Bộ trưởng" of "Bộ Ngoại giao"). */
export interface Office {
  id: string;
  /** Canonical written title, e.g. "Bộ trưởng Bộ Ngoại giao". */
  title: string;
  /** The bare role word(s) ("Bộ trưởng"); a mention of only the role is generic. */
  role: string;
  body?: string;
  /** Other written forms of this very office ("Bộ trưởng Ngoại giao", "Ngoại trưởng"). */
  forms?: string[];
  /** True when one person holds it at a time, so "who holds it now" is meaningful. */
  single?: boolean;
  sources: SourceRef[];
  examples?: EntryExamples;
}

export interface Tenure {
  office: string;
  from?: PartialDate;
  /** Absent: still held (as far as the sources go). */
  to?: PartialDate;
  /** Acting ("Quyền Bộ trưởng"): right only with "Quyền", and only during this period. */
  acting?: boolean;
  /** Acting ("quyền"), concurrent, etc.: free words shown in hover. */
  note?: string;
  sources: SourceRef[];
  confidence: Confidence;
}

export interface Person {
  id: string;
  name: string;
  /** Other names in text: "Bác Hồ", "Tập Cận Bình" for Xi Jinping, … */
  aliases?: string[];
  gender?: 'male' | 'female';
  born?: PartialDate;
  died?: PartialDate;
  /** Fixed honorific names (Chủ tịch Hồ Chí Minh, Bác Hồ) are never flagged. */
  honorific?: boolean;
  /** Foreign leaders: titles are checked like any other, messages name the country. */
  country?: string;
  titles: Tenure[];
  sources: SourceRef[];
  examples?: EntryExamples;
}

export type DocumentKind =
  | 'Nghị quyết'
  | 'Chỉ thị'
  | 'Quy định'
  | 'Quy chế'
  | 'Đề án'
  | 'Kết luận'
  | 'Nghị định'
  | 'Luật'
  | 'Quyết định'
  | 'Thông tư'
  | 'Hướng dẫn'
  | 'Chương trình hành động'
  | 'Chiến lược'
  | 'Văn kiện';

export type DocumentStatus = 'in-force' | 'superseded' | 'expired' | 'lapsed' | 'unknown';

export interface DocumentEntry {
  id: string;
  kind: DocumentKind;
  /** The number as people cite it ("34", "21", "250"). */
  number: string;
  /** Full symbol ("34-NQ/TW", "21/NQ-CP", "250/2025/QH15"); absent for congress documents. */
  symbol?: string;
  /** Body id of the issuer. */
  issuer: string;
  date?: PartialDate;
  /** Official subject, starting with "về" where the document's title does. */
  subject: string;
  /** Extra words a drafter may use for the subject (used to recognise a stated subject). */
  keywords?: string[];
  status: DocumentStatus;
  supersededBy?: string;
  supersedes?: string[];
  note?: string;
  sources: SourceRef[];
  confidence: Confidence;
  examples?: EntryExamples;
}

export interface DiscouragedForm {
  form: string;
  /** Defaults to the term's canonical form. */
  preferred?: string;
  /** Why it is discouraged, in our own words. */
  reason?: string;
}

export interface Term {
  id: string;
  canonical: string;
  /** Accepted variants (old tone placement is handled by normalization, not listed here). */
  variants?: string[];
  discouraged?: DiscouragedForm[];
  definition: string;
  /** English gloss for the English locale. */
  definitionEn?: string;
  category: string;
  sources: SourceRef[];
  examples?: EntryExamples;
}

/** A fixed enumeration: "ba trụ cột đối ngoại" has exactly three members. */
export interface Enumeration {
  id: string;
  canonical: string;
  /** The counted noun phrase that follows the number ("trụ cột đối ngoại"). */
  head: string;
  count: number;
  members: string[];
  definition?: string;
  sources: SourceRef[];
  examples?: EntryExamples;
}

/** Names that are fixed honorifics and must never be flagged ("Chủ tịch Hồ Chí Minh"). */
export interface Honorific {
  form: string;
  person?: string;
  note?: string;
}

/** One YAML file: any subset of the sections. */
export interface GlossaryFile {
  sources?: Source[];
  bodies?: Body[];
  offices?: Office[];
  people?: Person[];
  documents?: DocumentEntry[];
  terms?: Term[];
  enumerations?: Enumeration[];
  honorifics?: Honorific[];
}

/** All files merged. */
export interface GlossaryData {
  sources: Source[];
  bodies: Body[];
  offices: Office[];
  people: Person[];
  documents: DocumentEntry[];
  terms: Term[];
  enumerations: Enumeration[];
  honorifics: Honorific[];
}

/** The sections of a glossary file and of GlossaryData, in the order files list them and the loader reads them. */
export const GLOSSARY_SECTIONS = [
  'sources',
  'bodies',
  'offices',
  'people',
  'documents',
  'terms',
  'enumerations',
  'honorifics',
] as const satisfies readonly (keyof GlossaryData)[];
