/** One-line descriptions of each check code (SARIF rules). Keyed by CheckCode so a new code must be described. */
import type { CheckCode, Locale } from '../engine';

const DESCRIPTIONS: Record<CheckCode, Record<Locale, string>> = {
  'outdated-title': { vi: 'Chức danh không còn đúng vào ngày của văn bản', en: 'Title no longer held on the document date' },
  'wrong-title': { vi: 'Chức danh người này chưa từng giữ', en: 'Title the person never held' },
  'dissolved-body': { vi: 'Cơ quan đã giải thể hoặc đổi tên', en: 'Body dissolved, merged or renamed' },
  'document-date': { vi: 'Ngày ban hành văn bản không khớp', en: 'Wrong date of a cited document' },
  'document-issuer': { vi: 'Cơ quan ban hành văn bản không khớp', en: 'Wrong issuer of a cited document' },
  'document-subject': { vi: 'Trích yếu văn bản không khớp', en: 'Wrong subject of a cited document' },
  'document-number': { vi: 'Số văn bản không khớp', en: 'Wrong number of a cited document' },
  'document-symbol': { vi: 'Ký hiệu văn bản viết sai', en: 'Malformed document symbol' },
  'term-variant': { vi: 'Cách viết thuật ngữ không được khuyến nghị', en: 'Discouraged form of a term' },
  'count-mismatch': { vi: 'Số lượng thành phần không khớp', en: 'Wrong count in a fixed enumeration' },
  capitalization: { vi: 'Viết hoa khác cách viết chính thức', en: 'Capitals differ from the official form' },
  'not-in-glossary': { vi: 'Người chưa có trong bảng thuật ngữ', en: 'Person not in the glossary' },
  'document-superseded': { vi: 'Văn bản đã được thay thế', en: 'Cited document has been superseded' },
};

export function ruleDescription(code: CheckCode, locale: Locale): string {
  return DESCRIPTIONS[code][locale];
}
