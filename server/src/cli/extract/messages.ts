/** What `chinh-danh extract` prints, in Vietnamese and English. */
import type { Locale } from '../../engine';
import { DRAFT_TYPES } from '../messages';

const vi = {
  usage: `Cách dùng: chinh-danh extract ĐƯỜNG_DẪN... [tùy chọn]

Đọc bài viết (${DRAFT_TYPES}; thư mục được tìm đệ quy) và đề xuất những gì bảng thuật ngữ
chưa có: người với chức danh (bắt đầu hay thôi giữ chức khi câu văn nói "được bổ nhiệm",
"được bầu", "thôi giữ chức", "nghỉ hưu", "miễn nhiệm"…), chức vụ, văn bản có số hiệu, thuật
ngữ trong ngoặc kép. Mỗi đề xuất kèm câu văn, tệp, dòng, ngày và độ tin cậy, dưới dạng YAML
của bảng thuật ngữ để rà soát rồi chép vào. Không gộp gì vào bảng thuật ngữ.

Tùy chọn:
  -o, --out TỆP              ghi YAML vào TỆP thay vì đầu ra chuẩn
  -g, --glossary THƯ_MỤC     thư mục bảng thuật ngữ bổ sung (có thể lặp lại)
      --no-workspace-glossary  không nạp .chinh-danh/glossary/ hay glossary/ tìm từ thư mục hiện tại
      --as-of YYYY-MM-DD     ngày của bài viết không tự ghi ngày
      --min-confidence SỐ    chỉ giữ đề xuất có độ tin cậy từ SỐ trở lên (0–1)
      --withhold PHẦN,...    bỏ các phần của bảng thuật ngữ khi đọc (people, documents, terms):
                             để đo xem việc trích xuất tìm lại được bao nhiêu
      --locale vi|en         ngôn ngữ (mặc định: theo LANG)
  -h, --help                 hiện hướng dẫn này

Mã thoát: 0 xong, 2 lỗi cách dùng, tệp không đọc được hoặc bảng thuật ngữ hỏng.
`,
  noPath: 'extract: chưa có ĐƯỜNG_DẪN nào',
  badConfidence: (v: string) => `--min-confidence: "${v}" không phải số từ 0 đến 1`,
  badSection: (v: string) => `--withhold: "${v}" không phải một trong people, documents, terms`,
  summary: (n: number, people: number, documents: number, terms: number, files: number) =>
    `extract: ${n} đề xuất (${people} về người, ${documents} văn bản, ${terms} thuật ngữ) từ ${files} tệp`,
  wrote: (file: string) => `đã ghi ${file}`,
  header: [
    ' chinh-danh extract: đề xuất bổ sung bảng thuật ngữ. Chưa có gì được gộp.',
    ' Với mỗi đề xuất: đối chiếu câu văn và nguồn, điền các trường trong "missing", rồi chép "entry"',
    ' vào một tệp của bảng thuật ngữ, cùng nguồn tương ứng trong "sources". Mọi dữ kiện đều "unconfirmed".',
  ],
  events: {
    appointed: 'được bổ nhiệm',
    elected: 'được bầu',
    left: 'thôi giữ chức',
    former: 'đã thôi giữ chức',
    holds: 'giữ chức',
  },
  acting: 'quyền',
};

type Messages = typeof vi;

const en: Messages = {
  usage: `Usage: chinh-danh extract PATH... [options]

Reads articles (${DRAFT_TYPES}; folders are searched recursively) and proposes what the glossary
does not have yet: people with their titles (the start or end of a tenure when the sentence says
"được bổ nhiệm", "được bầu", "thôi giữ chức", "nghỉ hưu", "miễn nhiệm"…), offices, numbered
documents, quoted terms. Each proposal comes with its sentence, file, line, date and a
confidence, as glossary YAML to review and copy in. Nothing is merged into the glossary.

Options:
  -o, --out FILE             write the YAML to FILE instead of standard output
  -g, --glossary DIR         extra glossary folder (repeatable)
      --no-workspace-glossary  leave out the .chinh-danh/glossary/ or glossary/ found from the current folder
      --as-of YYYY-MM-DD     the date of articles that state none
      --min-confidence N     keep proposals with a confidence of at least N (0–1)
      --withhold PART,...    leave parts of the glossary out while reading (people, documents,
                             terms): to measure how much extraction would find again
      --locale vi|en         language (default: from LANG)
  -h, --help                 show this help

Exit codes: 0 done, 2 usage error, unreadable file or broken glossary.
`,
  noPath: 'extract: no PATH given',
  badConfidence: (v) => `--min-confidence: "${v}" is not a number from 0 to 1`,
  badSection: (v) => `--withhold: "${v}" is not one of people, documents, terms`,
  summary: (n, people, documents, terms, files) =>
    `extract: ${n} ${n === 1 ? 'proposal' : 'proposals'} (${people} about people, ${documents} ` +
    `${documents === 1 ? 'document' : 'documents'}, ${terms} ${terms === 1 ? 'term' : 'terms'}) from ${files} ` +
    (files === 1 ? 'file' : 'files'),
  wrote: (file) => `wrote ${file}`,
  header: [
    ' chinh-danh extract: proposed glossary additions. Nothing has been merged.',
    ' For each proposal: check the sentence and the source, fill in the fields listed in "missing", then copy',
    ' "entry" into a glossary file, with its source from "sources". Every fact is "unconfirmed".',
  ],
  events: {
    appointed: 'appointed',
    elected: 'elected',
    left: 'left office',
    former: 'former',
    holds: 'holds',
  },
  acting: 'acting',
};

export function extractMessages(locale: Locale): Messages {
  return locale === 'vi' ? vi : en;
}
