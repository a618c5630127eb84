/**
 * What each check code means, for SARIF rules and the HTML report: a one-line name, a full description and
 * help (what to do). Keyed by CheckCode so that a new code cannot ship undescribed.
 */
import type { CheckCode, Locale } from '../engine';

interface RuleText {
  short: string;
  full: string;
  help: string;
}

const RULES: Record<CheckCode, Record<Locale, RuleText>> = {
  'outdated-title': {
    vi: {
      short: 'Chức danh không còn đúng vào ngày của văn bản',
      full:
        'Người này từng giữ chức danh đó nhưng không còn giữ vào ngày của văn bản (ngày văn bản ghi, ngày nêu' +
        ' trong câu, hoặc --as-of). Thông báo nêu thời gian giữ chức, chức vụ lúc đó và người đang giữ chức.',
      help:
        'Thêm "nguyên" trước chức danh, hoặc dùng chức danh người đó giữ vào ngày của văn bản, hoặc nêu người' +
        ' đang giữ chức.',
    },
    en: {
      short: 'Title no longer held on the document date',
      full:
        'The person held that title, but not on the date of the draft (the date it states, a date in the ' +
        'sentence, or --as-of). The message says when they held it, what they held on the date and who held ' +
        'the office.',
      help: 'Write "nguyên" (former) before the title, use the title held on that date, or name the current holder.',
    },
  },
  'wrong-title': {
    vi: {
      short: 'Chức danh người này chưa từng giữ',
      full:
        'Bảng thuật ngữ biết người này và họ chưa bao giờ giữ chức danh đó. Là lỗi khi bảng thuật ngữ biết cả' +
        ' chức vụ của họ và người giữ chức vào ngày đó; nếu không chỉ đề nghị kiểm tra lại.',
      help: 'Kiểm tra lại chức danh hoặc tên người; dùng chức danh người đó giữ vào ngày của văn bản.',
    },
    en: {
      short: 'Title the person never held',
      full:
        'The glossary knows the person and they never held that title. An error where the glossary knows what' +
        ' they held on the date and who held the office; otherwise a request to verify.',
      help: 'Check the title or the name; use the title the person held on the date of the draft.',
    },
  },
  'dissolved-body': {
    vi: {
      short: 'Cơ quan đã giải thể hoặc hợp nhất',
      full:
        'Cơ quan không còn tồn tại vào ngày của văn bản (ví dụ sau đợt sắp xếp bộ máy năm 2025); thông báo ' +
        'nêu cơ quan kế thừa.',
      help: 'Dùng tên cơ quan kế thừa, hoặc thêm "nguyên" khi nói về cơ quan trong quá khứ.',
    },
    en: {
      short: 'Body dissolved, merged or renamed',
      full:
        'The body no longer existed on the date of the draft (for example after the 2025 restructuring); the ' +
        'message names its successor.',
      help: 'Use the successor body, or write "nguyên" (former) when the text is about the past.',
    },
  },
  'document-date': {
    vi: {
      short: 'Ngày ban hành văn bản không khớp',
      full: 'Một văn bản đã biết được trích dẫn với ngày ban hành sai.',
      help: 'Dùng ngày ban hành trong trích dẫn đầy đủ của văn bản (bản sửa đề xuất).',
    },
    en: {
      short: 'Wrong date of a cited document',
      full: 'A known document is cited with the wrong date of issue.',
      help: "Use the date of issue from the document's full citation (the suggested fix).",
    },
  },
  'document-issuer': {
    vi: {
      short: 'Cơ quan ban hành văn bản không khớp',
      full: 'Một văn bản đã biết được ghi là của cơ quan khác cơ quan ban hành.',
      help: 'Dùng đúng cơ quan ban hành (bản sửa đề xuất).',
    },
    en: {
      short: 'Wrong issuer of a cited document',
      full: 'A known document is attributed to a body other than its issuer.',
      help: 'Name the body that issued it (the suggested fix).',
    },
  },
  'document-subject': {
    vi: {
      short: 'Trích yếu văn bản không khớp',
      full: 'Số văn bản có thật nhưng nói về vấn đề khác; thông báo nêu văn bản khớp với trích yếu đã viết.',
      help: 'Sửa số văn bản cho khớp trích yếu, hoặc sửa trích yếu cho khớp số.',
    },
    en: {
      short: 'Wrong subject of a cited document',
      full:
        'The number exists but the document is about something else; the message names the document that ' +
        'matches the stated subject.',
      help: 'Correct the number to match the subject, or the subject to match the number.',
    },
  },
  'document-number': {
    vi: {
      short: 'Số văn bản không khớp',
      full: 'Không có văn bản mang số này, nhưng trích yếu đã viết khớp một văn bản đã biết; gợi ý số của văn bản đó.',
      help: 'Dùng số văn bản được gợi ý.',
    },
    en: {
      short: 'Wrong number of a cited document',
      full: 'No document has this number, but the stated subject matches a known document; its number is suggested.',
      help: 'Use the suggested document number.',
    },
  },
  'document-symbol': {
    vi: {
      short: 'Ký hiệu văn bản viết sai',
      full:
        'Ký hiệu văn bản sai dạng: văn bản của Đảng "34-NQ/TW", của Chính phủ "21/NQ-CP", của Quốc hội ' +
        '"250/2025/QH15".',
      help: 'Viết ký hiệu theo đúng dạng của cơ quan ban hành (bản sửa đề xuất).',
    },
    en: {
      short: 'Malformed document symbol',
      full:
        'A document symbol in the wrong shape: Party "34-NQ/TW", Government "21/NQ-CP", National Assembly ' +
        '"250/2025/QH15".',
      help: "Write the symbol in its issuer's form (the suggested fix).",
    },
  },
  'term-variant': {
    vi: {
      short: 'Cách viết thuật ngữ không được khuyến nghị',
      full: 'Một cách viết không được khuyến nghị của thuật ngữ chính thức (ví dụ "Đại hội 14" thay vì "Đại hội XIV").',
      help: 'Dùng cách viết chính thức (bản sửa đề xuất).',
    },
    en: {
      short: 'Discouraged form of a term',
      full: 'A discouraged form of an official term (for example "Đại hội 14" for "Đại hội XIV").',
      help: 'Use the official form (the suggested fix).',
    },
  },
  'count-mismatch': {
    vi: {
      short: 'Số lượng thành phần không khớp',
      full: 'Một tập hợp cố định được nêu với số lượng sai (ví dụ "hai trụ cột đối ngoại").',
      help: 'Sửa số lượng cho đúng (bản sửa đề xuất).',
    },
    en: {
      short: 'Wrong count in a fixed enumeration',
      full:
        'A fixed enumeration is given the wrong count (for example "hai trụ cột đối ngoại", two pillars of ' +
        'foreign affairs).',
      help: 'Correct the count (the suggested fix).',
    },
  },
  capitalization: {
    vi: {
      short: 'Viết hoa khác cách viết chính thức',
      full:
        'Tên chính thức hoặc chức danh viết hoa khác cách viết chính thức (những cách viết mà nguồn chính ' +
        'thức vẫn in thì không bị báo).',
      help: 'Viết hoa theo cách viết chính thức, nếu quy định trình bày của văn bản yêu cầu.',
    },
    en: {
      short: 'Capitals differ from the official form',
      full:
        'An official name or title written with other capitals than the official form (forms that official ' +
        'sources print are not flagged).',
      help: "Use the official capitals where the document's style requires it.",
    },
  },
  'not-in-glossary': {
    vi: {
      short: 'Người chưa có trong bảng thuật ngữ',
      full: 'Một chức danh đã biết đi cùng một tên người mà bảng thuật ngữ chưa có, nên chức danh không kiểm tra được.',
      help: 'Thêm người này (các chức danh, thời gian, nguồn) vào bảng thuật ngữ, hoặc kiểm tra lại bằng tay.',
    },
    en: {
      short: 'Person not in the glossary',
      full: 'A known title comes with a personal name the glossary does not know, so the title cannot be checked.',
      help: 'Add the person (titles, dates, sources) to the glossary, or check by hand.',
    },
  },
  'document-superseded': {
    vi: {
      short: 'Văn bản đã được thay thế',
      full: 'Văn bản được trích dẫn đã được thay thế; thông báo nêu văn bản thay thế và nguồn.',
      help: 'Trích dẫn văn bản thay thế, trừ khi đoạn văn nói về văn bản cũ trong quá khứ.',
    },
    en: {
      short: 'Cited document has been superseded',
      full: 'The cited document has been replaced; the message names the replacement and its source.',
      help: 'Cite the replacement, unless the text is about the old document in the past.',
    },
  },
};

export function ruleText(code: CheckCode, locale: Locale): RuleText {
  return RULES[code][locale];
}

export function ruleDescription(code: CheckCode, locale: Locale): string {
  return RULES[code][locale].short;
}
