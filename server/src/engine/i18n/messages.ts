/**
 * Every sentence a user reads from the engine, in Vietnamese and English. Checks pass facts;
 * the wording lives here so translators see all of it in one place.
 */
import type { Locale } from '../api';

type Msg<A> = Record<Locale, (a: A) => string>;

const join = (items: string[], locale: Locale) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${locale === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;

export const messages = {
  heldFromTo: {
    vi: (a: { name: string; title: string; from: string; to: string }) => `${a.name} giữ chức ${a.title} từ ${a.from} đến ${a.to}`,
    en: (a: { name: string; title: string; from: string; to: string }) => `${a.name} was ${a.title} from ${a.from} to ${a.to}`,
  },
  heldFrom: {
    vi: (a: { name: string; title: string; from: string }) => `${a.name} giữ chức ${a.title} từ ${a.from}`,
    en: (a: { name: string; title: string; from: string }) => `${a.name} has been ${a.title} since ${a.from}`,
  },
  notOnDate: {
    vi: (a: { date: string; notYet: boolean }) => (a.notYet ? `; vào ${a.date} chưa giữ chức này` : `; vào ${a.date} không còn giữ chức này`),
    en: (a: { date: string; notYet: boolean }) => (a.notYet ? `; on ${a.date} they did not yet hold it` : `; on ${a.date} they no longer held it`),
  },
  currentTitles: {
    vi: (a: { date: string; titles: string[] }) => (a.titles.length ? `. Chức vụ vào ${a.date}: ${join(a.titles, 'vi')}` : ''),
    en: (a: { date: string; titles: string[] }) => (a.titles.length ? `. Titles on ${a.date}: ${join(a.titles, 'en')}` : ''),
  },
  holderNow: {
    vi: (a: { title: string; date: string; holders: string[] }) => (a.holders.length ? `. Người giữ chức ${a.title} vào ${a.date}: ${join(a.holders, 'vi')}` : ''),
    en: (a: { title: string; date: string; holders: string[] }) => (a.holders.length ? `. ${a.title} on ${a.date}: ${join(a.holders, 'en')}` : ''),
  },
  stillHolds: {
    vi: (a: { name: string; title: string; from: string; date: string }) => `${a.name} vẫn giữ chức ${a.title} vào ${a.date} (từ ${a.from}); không viết "nguyên"`,
    en: (a: { name: string; title: string; from: string; date: string }) => `${a.name} still held the title ${a.title} on ${a.date} (since ${a.from}); drop "nguyên" (former)`,
  },
  fixRemove: {
    vi: (a: { word: string }) => `Bỏ "${a.word}"`,
    en: (a: { word: string }) => `Remove "${a.word}"`,
  },
  neverHeld: {
    vi: (a: { name: string; title: string; held: string[] }) => `${a.name} chưa từng giữ chức ${a.title}` + (a.held.length ? ` (các chức vụ đã biết: ${join(a.held, 'vi')})` : ''),
    en: (a: { name: string; title: string; held: string[] }) => `${a.name} never held the title ${a.title}` + (a.held.length ? ` (known titles: ${join(a.held, 'en')})` : ''),
  },
  notRecorded: {
    vi: (a: { name: string; title: string; held: string[] }) => `Bảng thuật ngữ không ghi nhận ${a.name} giữ chức ${a.title}` + (a.held.length ? ` (các chức vụ đã biết: ${join(a.held, 'vi')}); cần kiểm tra lại` : '; cần kiểm tra lại'),
    en: (a: { name: string; title: string; held: string[] }) => `The glossary has no record of ${a.name} as ${a.title}` + (a.held.length ? ` (known titles: ${join(a.held, 'en')}); please verify` : '; please verify'),
  },
  uncertain: {
    vi: () => ' (dữ kiện chưa được xác nhận đầy đủ)',
    en: () => ' (fact not fully confirmed)',
  },
  bodyEnded: {
    vi: (a: { body: string; date: string; successors: string[]; asOf: string }) =>
      `${a.body} không còn tồn tại vào ${a.asOf} (chấm dứt ${a.date})` + (a.successors.length ? `; nay là ${join(a.successors, 'vi')}` : ''),
    en: (a: { body: string; date: string; successors: string[]; asOf: string }) =>
      `${a.body} no longer existed on ${a.asOf} (ended ${a.date})` + (a.successors.length ? `; successor: ${join(a.successors, 'en')}` : ''),
  },
  documentDate: {
    vi: (a: { cite: string; stated: string; real: string }) => `${a.cite} được ban hành ngày ${a.real}, không phải ${a.stated}`,
    en: (a: { cite: string; stated: string; real: string }) => `${a.cite} was issued on ${a.real}, not ${a.stated}`,
  },
  documentIssuer: {
    vi: (a: { cite: string; stated: string; real: string }) => `${a.cite} do ${a.real} ban hành, không phải ${a.stated}`,
    en: (a: { cite: string; stated: string; real: string }) => `${a.cite} was issued by ${a.real}, not ${a.stated}`,
  },
  documentSubject: {
    vi: (a: { cite: string; real: string; match?: string }) => `${a.cite} có nội dung ${a.real}` + (a.match ? `; nội dung được nêu khớp với ${a.match}` : '; nội dung được nêu không khớp'),
    en: (a: { cite: string; real: string; match?: string }) => `${a.cite} is ${a.real}` + (a.match ? `; the stated subject matches ${a.match}` : '; the stated subject does not match'),
  },
  documentNumber: {
    vi: (a: { cite: string; match: string }) => `Không có ${a.cite} trong bảng thuật ngữ; nội dung được nêu khớp với ${a.match}`,
    en: (a: { cite: string; match: string }) => `No ${a.cite} is known; the stated subject matches ${a.match}`,
  },
  documentSymbol: {
    vi: (a: { symbol: string; right: string; why: string }) => `Ký hiệu "${a.symbol}" sai thể thức (${a.why}); đúng là "${a.right}"`,
    en: (a: { symbol: string; right: string; why: string }) => `Malformed symbol "${a.symbol}" (${a.why}); write "${a.right}"`,
  },
  symbolWhyParty: {
    vi: () => 'văn bản của Đảng viết số-loại/cơ quan, như 34-NQ/TW',
    en: () => 'Party documents are written number-KIND/ISSUER, as in 34-NQ/TW',
  },
  symbolWhyState: {
    vi: () => 'văn bản của Nhà nước viết số/loại-cơ quan, như 21/NQ-CP',
    en: () => 'State documents are written number/KIND-ISSUER, as in 21/NQ-CP',
  },
  symbolWhyKnown: {
    vi: () => 'khác ký hiệu chính thức của văn bản',
    en: () => 'differs from the official symbol',
  },
  symbolWhyLetters: {
    vi: () => 'dùng chữ Đ, viết TW thay cho TƯ',
    en: () => 'use Đ, and TW rather than TƯ',
  },
  termVariant: {
    vi: (a: { found: string; preferred: string; reason?: string }) => `Nên viết "${a.preferred}" thay cho "${a.found}"` + (a.reason ? ` (${a.reason})` : ''),
    en: (a: { found: string; preferred: string; reason?: string }) => `Write "${a.preferred}" rather than "${a.found}"` + (a.reason ? ` (${a.reason})` : ''),
  },
  congressRoman: {
    vi: () => 'số thứ tự đại hội, khóa viết bằng chữ số La Mã',
    en: () => 'congress and term numbers are written in Roman numerals',
  },
  officialCase: {
    vi: () => 'tên gọi chính thức viết hoa theo quy định',
    en: () => 'official names keep their capitals',
  },
  countMismatch: {
    vi: (a: { found: number; name: string; count: number; members: string[] }) => `"${a.name}" có ${a.count} thành phần, không phải ${a.found}: ${join(a.members, 'vi')}`,
    en: (a: { found: number; name: string; count: number; members: string[] }) => `"${a.name}" has ${a.count} members, not ${a.found}: ${join(a.members, 'en')}`,
  },
  fixFormer: {
    vi: (a: { word: string; title: string }) => `Thêm "${a.word}": ${a.word} ${a.title}`,
    en: (a: { word: string; title: string }) => `Add "${a.word}" (former/late): ${a.word} ${a.title}`,
  },
  fixReplaceTitle: {
    vi: (a: { title: string }) => `Đổi thành chức vụ đúng: ${a.title}`,
    en: (a: { title: string }) => `Use the correct title: ${a.title}`,
  },
  fixHolder: {
    vi: (a: { text: string }) => `Thay bằng người giữ chức: ${a.text}`,
    en: (a: { text: string }) => `Replace with the office holder: ${a.text}`,
  },
  fixReplace: {
    vi: (a: { text: string }) => `Sửa thành "${a.text}"`,
    en: (a: { text: string }) => `Change to "${a.text}"`,
  },
} satisfies Record<string, Msg<never>>;

export function t<A>(msg: Msg<A>, locale: Locale, args: A): string {
  return msg[locale](args);
}
