/**
 * Every sentence a user reads from the engine, in Vietnamese and English. Checks pass facts;
 * the wording lives here so translators see all of it in one place.
 */
import type { Locale } from '../api';

type Msg<A> = Record<Locale, (a: A) => string>;

const join = (items: string[], locale: Locale) =>
  items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${locale === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;

export const messages = {
  /** outdated-title: the sentence that says what to write leads, the facts follow. */
  nowTitle: {
    vi: (a: { title: string }) => `Nay là ${a.title}`,
    en: (a: { title: string }) => `Now ${a.title}`,
  },
  holderOn: {
    vi: (a: { title: string; date: string; holders: string[] }) =>
      `Người giữ chức ${a.title} vào ${a.date}: ${join(a.holders, 'vi')}`,
    en: (a: { title: string; date: string; holders: string[] }) => `${a.title} on ${a.date}: ${join(a.holders, 'en')}`,
  },
  writeFormer: {
    vi: (a: { word: string; title: string }) => `Viết "${a.word} ${a.title}"`,
    en: (a: { word: string; title: string }) => `Write "${a.word} ${a.title}" (former/late)`,
  },
  notYetHeld: {
    vi: (a: { date: string }) => `Vào ${a.date} chưa giữ chức này`,
    en: (a: { date: string }) => `Not yet in this office on ${a.date}`,
  },
  heldSpan: {
    vi: (a: { name: string; title: string; from: string; to?: string; unsure: boolean }) =>
      `${a.name} giữ chức ${a.title} từ ${a.from}${a.to ? ` đến ${a.to}` : ''}${a.unsure ? ' (mốc thời gian chưa được xác nhận đầy đủ)' : ''}`,
    en: (a: { name: string; title: string; from: string; to?: string; unsure: boolean }) =>
      `${a.name} held ${a.title} from ${a.from}${a.to ? ` to ${a.to}` : ''}${a.unsure ? ' (dates not fully confirmed)' : ''}`,
  },
  noLongerOn: {
    vi: (a: { date: string }) => `vào ${a.date} không còn giữ chức này`,
    en: (a: { date: string }) => `no longer in office on ${a.date}`,
  },
  checkDate: {
    vi: (a: { date: string }) => `Kiểm tra lại ngày ${a.date} trong câu: có thể nhầm năm`,
    en: (a: { date: string }) => `Check the date ${a.date} in the sentence: the year may be a slip`,
  },
  titlesOn: {
    vi: (a: { name: string; date: string; titles: string[] }) =>
      `Chức vụ của ${a.name} vào ${a.date}: ${join(a.titles, 'vi')}`,
    en: (a: { name: string; date: string; titles: string[] }) =>
      `${a.name}'s titles on ${a.date}: ${join(a.titles, 'en')}`,
  },
  diedInOffice: {
    vi: (a: { name: string; title: string; died: string }) =>
      `Nên viết "cố ${a.title}": ${a.name} từ trần ngày ${a.died} khi đang giữ chức`,
    en: (a: { name: string; title: string; died: string }) =>
      `Prefer "cố ${a.title}" (late): ${a.name} died in office on ${a.died}`,
  },
  actingOnly: {
    vi: (a: { name: string; title: string; date: string; from: string }) =>
      `Viết "Quyền ${a.title}": vào ${a.date}, ${a.name} là Quyền ${a.title} (từ ${a.from}), chưa phải ${a.title}`,
    en: (a: { name: string; title: string; date: string; from: string }) =>
      `Write "Quyền ${a.title}" (acting): on ${a.date}, ${a.name} was only acting (since ${a.from})`,
  },
  noLongerActing: {
    vi: (a: { name: string; title: string; date: string; from: string }) =>
      `Bỏ "Quyền": vào ${a.date}, ${a.name} đã là ${a.title} (từ ${a.from})`,
    en: (a: { name: string; title: string; date: string; from: string }) =>
      `Drop "Quyền" (acting): on ${a.date}, ${a.name} was already ${a.title} (since ${a.from})`,
  },
  stillHolds: {
    vi: (a: { name: string; title: string; from: string; date: string }) =>
      `Bỏ "nguyên": ${a.name} vẫn giữ chức ${a.title} vào ${a.date} (từ ${a.from})`,
    en: (a: { name: string; title: string; from: string; date: string }) =>
      `Drop "nguyên" (former): ${a.name} still held the title ${a.title} on ${a.date} (since ${a.from})`,
  },
  fixRemove: {
    vi: (a: { word: string }) => `Bỏ "${a.word}"`,
    en: (a: { word: string }) => `Remove "${a.word}"`,
  },
  neverHeld: {
    vi: (a: { name: string; title: string; held: string[] }) =>
      `${a.name} chưa từng giữ chức ${a.title}` +
      (a.held.length ? ` (các chức vụ đã biết: ${join(a.held, 'vi')})` : ''),
    en: (a: { name: string; title: string; held: string[] }) =>
      `${a.name} never held the title ${a.title}` + (a.held.length ? ` (known titles: ${join(a.held, 'en')})` : ''),
  },
  notRecorded: {
    vi: (a: { name: string; title: string; held: string[] }) =>
      `Bảng thuật ngữ không ghi nhận ${a.name} giữ chức ${a.title}` +
      (a.held.length ? ` (các chức vụ đã biết: ${join(a.held, 'vi')}); cần kiểm tra lại` : '; cần kiểm tra lại'),
    en: (a: { name: string; title: string; held: string[] }) =>
      `The glossary has no record of ${a.name} as ${a.title}` +
      (a.held.length ? ` (known titles: ${join(a.held, 'en')}); please verify` : '; please verify'),
  },
  uncertain: {
    vi: () => ' (dữ kiện chưa được xác nhận đầy đủ)',
    en: () => ' (fact not fully confirmed)',
  },
  bodyEnded: {
    vi: (a: { body: string; date: string; successors: string[]; asOf: string }) =>
      (a.successors.length ? `Nay là ${join(a.successors, 'vi')}: ` : '') +
      `${a.body} không còn tồn tại vào ${a.asOf} (chấm dứt ${a.date})`,
    en: (a: { body: string; date: string; successors: string[]; asOf: string }) =>
      (a.successors.length ? `Now ${join(a.successors, 'en')}: ` : '') +
      `${a.body} no longer existed on ${a.asOf} (ended ${a.date})`,
  },
  documentDate: {
    vi: (a: { cite: string; stated: string; real: string }) =>
      `${a.cite} được ban hành ngày ${a.real}, không phải ${a.stated}`,
    en: (a: { cite: string; stated: string; real: string }) => `${a.cite} was issued on ${a.real}, not ${a.stated}`,
  },
  documentIssuer: {
    vi: (a: { cite: string; stated: string; real: string }) =>
      `${a.cite} do ${a.real} ban hành, không phải ${a.stated}`,
    en: (a: { cite: string; stated: string; real: string }) => `${a.cite} was issued by ${a.real}, not ${a.stated}`,
  },
  documentSubject: {
    vi: (a: { cite: string; real: string; match?: string }) =>
      `${a.cite} có nội dung ${a.real}` +
      (a.match ? `; nội dung được nêu khớp với ${a.match}` : '; nội dung được nêu không khớp'),
    en: (a: { cite: string; real: string; match?: string }) =>
      `${a.cite} is ${a.real}` +
      (a.match ? `; the stated subject matches ${a.match}` : '; the stated subject does not match'),
  },
  documentNumber: {
    vi: (a: { cite: string; match: string }) =>
      `Không có ${a.cite} trong bảng thuật ngữ; nội dung được nêu khớp với ${a.match}`,
    en: (a: { cite: string; match: string }) => `No ${a.cite} is known; the stated subject matches ${a.match}`,
  },
  documentSymbol: {
    vi: (a: { symbol: string; right: string; why: string }) =>
      `Ký hiệu "${a.symbol}" sai thể thức (${a.why}); đúng là "${a.right}"`,
    en: (a: { symbol: string; right: string; why: string }) =>
      `Malformed symbol "${a.symbol}" (${a.why}); write "${a.right}"`,
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
  symbolWhyTerm: {
    vi: (a: { code: string; year: string; right: string }) =>
      `ký hiệu ${a.code} không dùng cho văn bản năm ${a.year}; Quốc hội khóa đó ký hiệu ${a.right}`,
    en: (a: { code: string; year: string; right: string }) =>
      `${a.code} is not the Assembly's code in ${a.year}; that term's code is ${a.right}`,
  },
  symbolWhyLetters: {
    vi: () => 'dùng chữ Đ, viết TW thay cho TƯ',
    en: () => 'use Đ, and TW rather than TƯ',
  },
  termVariant: {
    vi: (a: { found: string; preferred: string; reason?: string }) =>
      `Nên viết "${a.preferred}" thay cho "${a.found}"` + (a.reason ? ` (${a.reason})` : ''),
    en: (a: { found: string; preferred: string; reason?: string }) =>
      `Write "${a.preferred}" rather than "${a.found}"` + (a.reason ? ` (${a.reason})` : ''),
  },
  capitalization: {
    vi: (a: { found: string; preferred: string }) =>
      `Viết hoa theo tên gọi chính thức: "${a.preferred}" (thay cho "${a.found}")`,
    en: (a: { found: string; preferred: string }) => `Use the official capitals: "${a.preferred}" (not "${a.found}")`,
  },
  notInGlossary: {
    vi: (a: { name: string; title: string }) =>
      `Bổ sung ${a.name} vào bảng thuật ngữ để kiểm tra chức danh "${a.title}" (chưa có người này)`,
    en: (a: { name: string; title: string }) =>
      `Add ${a.name} to the glossary so that the title "${a.title}" can be checked (person not known)`,
  },
  /** "Add to the workspace glossary" (code action) and what it writes and says. */
  addToGlossary: {
    vi: (a: { name: string; title: string }) =>
      `Thêm "${a.name} – ${a.title}" vào bảng thuật ngữ của không gian làm việc`,
    en: (a: { name: string; title: string }) => `Add "${a.name}, ${a.title}" to the workspace glossary`,
  },
  addedEntryComment: {
    vi: (a: { draft: string; date: string }) =>
      `Thêm từ ${a.draft} (${a.date}); chưa kiểm chứng: hãy ghi nguồn (url, date) rồi đặt confidence.`,
    en: (a: { draft: string; date: string }) =>
      `Added from ${a.draft} (${a.date}); unconfirmed: give a source (url, date), then set confidence.`,
  },
  addedToGlossary: {
    vi: (a: { name: string; title: string; file: string }) =>
      `Đã thêm ${a.name} (${a.title}) vào ${a.file}, ở mức chưa kiểm chứng.`,
    en: (a: { name: string; title: string; file: string }) =>
      `Added ${a.name} (${a.title}) to ${a.file}, as unconfirmed.`,
  },
  addedFileHeader: {
    vi: () =>
      'Bảng thuật ngữ của nhóm: các mục thêm từ bản thảo bằng "Thêm … vào bảng thuật ngữ của không gian làm việc".\n' +
      'Chưa kiểm chứng cho đến khi có nguồn: thêm source: { url: …, date: "YYYY-MM-DD" } và confidence. Xem README.',
    en: () =>
      'Team glossary: entries added from drafts with "Add … to the workspace glossary".\n' +
      'Unconfirmed until sourced: add source: { url: …, date: "YYYY-MM-DD" } and a confidence. See the README.',
  },
  addToGlossaryFailed: {
    vi: (a: { file: string; reason: string }) => `Không thêm được vào ${a.file}: ${a.reason}`,
    en: (a: { file: string; reason: string }) => `Could not add to ${a.file}: ${a.reason}`,
  },
  addNeedsFolder: {
    vi: () => 'Hãy mở một thư mục (không gian làm việc) để có bảng thuật ngữ của nhóm.',
    en: () => 'Open a folder (a workspace) to have a team glossary.',
  },
  addNeedsTrust: {
    vi: () =>
      'Không gian làm việc chưa được tin cậy (Restricted Mode): bảng thuật ngữ của nó không được nạp. Hãy tin cậy thư mục trước.',
    en: () => 'The workspace is not trusted (Restricted Mode): its glossary is not loaded. Trust the folder first.',
  },
  openFile: {
    vi: () => 'Mở tệp',
    en: () => 'Open file',
  },
  /** Hover: where a workspace entry comes from. */
  entryFrom: {
    vi: (a: { files: string }) => `Mục từ trong bảng thuật ngữ của không gian làm việc: ${a.files}`,
    en: (a: { files: string }) => `Entry from the workspace glossary: ${a.files}`,
  },
  /** A glossary path a workspace's settings name outside the workspace folder. */
  pathRefused: {
    vi: (a: { path: string; folder: string }) =>
      `Bỏ qua chinhDanh.glossaryPaths "${a.path}": thiết lập của không gian làm việc chỉ được trỏ vào bên trong ${a.folder}. Muốn dùng thư mục ngoài, hãy đặt đường dẫn trong thiết lập người dùng (User Settings).`,
    en: (a: { path: string; folder: string }) =>
      `Ignored chinhDanh.glossaryPaths "${a.path}": a workspace's settings may only name folders inside ${a.folder}. To use a folder elsewhere, set the path in your user settings.`,
  },
  /** The workspace glossary folder is a link that leads outside the workspace folder. */
  folderRefused: {
    vi: (a: { path: string; folder: string }) =>
      `Không nạp thư mục bảng thuật ngữ "${a.path}": nó dẫn ra ngoài ${a.folder} (liên kết tượng trưng).`,
    en: (a: { path: string; folder: string }) =>
      `The glossary folder "${a.path}" is not loaded: it leads outside ${a.folder} (a symbolic link).`,
  },
  documentSuperseded: {
    vi: (a: { cite: string; next: string; date: string; subject: string; source?: string }) =>
      `Nay là ${a.next}${a.date ? ` (ban hành ${a.date})` : ''} ${a.subject}: ${a.cite} đã được thay thế` +
      (a.source ? ` — nguồn: ${a.source}` : ''),
    en: (a: { cite: string; next: string; date: string; subject: string; source?: string }) =>
      `Now ${a.next}${a.date ? ` (issued ${a.date})` : ''} ${a.subject}: ${a.cite} has been superseded` +
      (a.source ? ` — source: ${a.source}` : ''),
  },
  congressRoman: {
    vi: () => 'số thứ tự đại hội, khóa viết bằng chữ số La Mã',
    en: () => 'congress and term numbers are written in Roman numerals',
  },
  countMismatch: {
    vi: (a: { found: number; name: string; count: number; members: string[] }) =>
      `"${a.name}" có ${a.count} thành phần, không phải ${a.found}: ${join(a.members, 'vi')}`,
    en: (a: { found: number; name: string; count: number; members: string[] }) =>
      `"${a.name}" has ${a.count} members, not ${a.found}: ${join(a.members, 'en')}`,
  },
  fixAdd: {
    vi: (a: { word: string }) => `Thêm "${a.word}"`,
    en: (a: { word: string }) => `Add "${a.word}"`,
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
