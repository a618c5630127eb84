/** Every sentence the CLI itself prints (help, usage errors, notices), in Vietnamese and English. */
import type { Locale } from '../engine';

export const DRAFT_TYPES = '.md, .markdown, .txt, .docx';

const vi = {
  usage: `Cách dùng: chinh-danh check [tùy chọn] ĐƯỜNG_DẪN...
           chinh-danh check --stdin [--stdin-filename TÊN] [tùy chọn]
           chinh-danh lsp [--stdio]      máy chủ ngôn ngữ, cho mọi trình soạn thảo hỗ trợ LSP
           chinh-danh glossary test [THƯ_MỤC...]   chạy các câu ví dụ của mục từ (--help để xem thêm)
           chinh-danh extract ĐƯỜNG_DẪN... [--out TỆP]   đề xuất mục từ mới từ bài viết (--help)
           chinh-danh --help | --version

Kiểm tra dự thảo văn bản đối ngoại (${DRAFT_TYPES}; thư mục được tìm đệ quy): chức danh
đã cũ, cơ quan đã giải thể, trích dẫn văn bản sai, thuật ngữ không khuyến nghị — theo ngày
mà mỗi dự thảo ghi.

Tùy chọn:
      --as-of YYYY-MM-DD     ngày dùng khi dự thảo không ghi ngày (mặc định: hôm nay)
  -f, --format ĐỊNH_DẠNG     text (mặc định), json, sarif hoặc html
  -o, --output TỆP           ghi kết quả vào TỆP thay vì đầu ra chuẩn
  -g, --glossary THƯ_MỤC     thư mục bảng thuật ngữ bổ sung (có thể lặp lại)
      --no-workspace-glossary
                             không nạp bảng thuật ngữ của nhóm: .chinh-danh/glossary/ hoặc
                             glossary/ ở thư mục hiện tại hay thư mục gần nhất phía trên
                             (dừng ở thư mục gốc có .git), vốn được nạp tự động
      --locale vi|en         ngôn ngữ (mặc định: theo LANG)
      --fail-on MỨC          error, warning (mặc định), information hoặc never: mức nhẹ nhất
                             khiến mã thoát là 1
      --max-warnings N       mã thoát 1 khi có hơn N cảnh báo
  -q, --quiet                chỉ báo lỗi (error)
      --fix                  ghi bản đã sửa bên cạnh (du-thao.sua.docx, ghi-chu.sua.md);
                             không bao giờ sửa tệp gốc
      --allow-empty          thư mục không có dự thảo không bị coi là lỗi
      --stdin                đọc dự thảo từ đầu vào chuẩn
      --stdin-filename TÊN   tên hiển thị (và loại tệp) của dự thảo đọc từ đầu vào chuẩn
  -h, --help                 hiện hướng dẫn này
  -v, --version              hiện phiên bản

Màu: bật khi xuất ra terminal; NO_COLOR tắt, FORCE_COLOR bật.
Mã thoát: 0 không có gì từ mức --fail-on trở lên, 1 có, 2 lỗi cách dùng, tệp hoặc bảng thuật ngữ.
`,
  tryHelp: 'Xem "chinh-danh --help".',
  unknownOption: (o: string) => `không có tùy chọn ${o}`,
  didYouMean: (o: string) => `Có phải ý bạn là ${o}?`,
  missingValue: (o: string) => `${o} cần một giá trị`,
  noValueExpected: (o: string) => `${o} không nhận giá trị`,
  missingCommand: 'thiếu lệnh (cần "check", "glossary", "extract" hoặc "lsp")',
  unknownCommand: (c: string) => `không có lệnh "${c}" (cần "check", "glossary", "extract" hoặc "lsp")`,
  noPath: 'check: chưa có ĐƯỜNG_DẪN nào (hoặc dùng --stdin)',
  stdinWithPaths: '--stdin không dùng cùng ĐƯỜNG_DẪN',
  stdinWithFix: '--fix không dùng được với --stdin (không có tệp nào để ghi bản sửa bên cạnh)',
  stdinFilenameAlone: '--stdin-filename chỉ dùng cùng --stdin',
  badDate: (v: string) => `--as-of: "${v}" không phải ngày dạng YYYY-MM-DD`,
  badChoice: (o: string, v: string, choices: string) => `${o}: "${v}" không phải một trong ${choices}`,
  badCount: (v: string) => `--max-warnings: "${v}" không phải số nguyên không âm`,
  noSuchPath: (p: string) => `${p}: không có tệp hoặc thư mục này`,
  notADraft: (p: string) => `${p}: không phải dự thảo (chỉ đọc ${DRAFT_TYPES})`,
  oldWord: (p: string) => `${p}: tệp Word cũ (.doc) — hãy lưu lại dạng .docx`,
  emptyFolder: (p: string) => `${p}: không có dự thảo nào (${DRAFT_TYPES}); dùng --allow-empty nếu đó là chủ ý`,
  unreadable: (p: string, why: string) => `${p}: không đọc được: ${why}`,
  unwritable: (p: string, why: string) => `${p}: không ghi được: ${why}`,
  glossaryUnloadable: 'không nạp được bảng thuật ngữ',
  workspaceGlossary: (dir: string) =>
    `dùng thêm bảng thuật ngữ của nhóm ở ${dir} (bỏ qua bằng --no-workspace-glossary)`,
  wroteFixed: (to: string, n: number) => `đã ghi ${to} (${n} chỗ sửa)`,
  fixSkipped: (p: string, n: number) => `${p}: ${n} chỗ sửa không áp dụng được (chồng lấn hoặc cắt qua tab, ngắt dòng)`,
  paragraph: 'đoạn',
  footnote: 'chú thích',
  endnote: 'chú thích cuối',
  progress: (i: number, n: number) => `đang kiểm tra ${i}/${n} tệp`,
};

type Messages = typeof vi;

const en: Messages = {
  usage: `Usage: chinh-danh check [options] PATH...
       chinh-danh check --stdin [--stdin-filename NAME] [options]
       chinh-danh lsp [--stdio]      the language server, for any LSP editor
       chinh-danh glossary test [DIR...]   run the glossary entries' example sentences (see --help)
       chinh-danh extract PATH... [--out FILE]   propose new glossary entries from articles (--help)
       chinh-danh --help | --version

Checks Vietnamese foreign-policy drafts (${DRAFT_TYPES}; folders are searched recursively)
for outdated titles, dissolved bodies, wrong document citations and discouraged term forms,
as of the date each draft states.

Options:
      --as-of YYYY-MM-DD     date to use where a draft states none (default: today)
  -f, --format FORMAT        text (default), json, sarif or html
  -o, --output FILE          write the report to FILE instead of standard output
  -g, --glossary DIR         extra glossary folder (repeatable)
      --no-workspace-glossary
                             do not load the team glossary: .chinh-danh/glossary/ or
                             glossary/ in the current folder or the nearest one above it
                             (up to a folder with .git), which is loaded by default
      --locale vi|en         language (default: from LANG)
      --fail-on LEVEL        error, warning (default), information or never: the least
                             severe finding that makes the exit code 1
      --max-warnings N       exit code 1 when there are more than N warnings
  -q, --quiet                report errors only
      --fix                  write a corrected copy next to each draft (du-thao.sua.docx,
                             notes.sua.md); the original is never touched
      --allow-empty          a folder without drafts is not an error
      --stdin                read one draft from standard input
      --stdin-filename NAME  name (and type) shown for the draft read from standard input
  -h, --help                 show this help
  -v, --version              show the version

Colour: on when writing to a terminal; NO_COLOR turns it off, FORCE_COLOR on.
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, file or glossary error.
`,
  tryHelp: 'See "chinh-danh --help".',
  unknownOption: (o) => `unknown option ${o}`,
  didYouMean: (o) => `Did you mean ${o}?`,
  missingValue: (o) => `${o} needs a value`,
  noValueExpected: (o) => `${o} takes no value`,
  missingCommand: 'missing command (expected "check", "glossary", "extract" or "lsp")',
  unknownCommand: (c) => `unknown command "${c}" (expected "check", "glossary", "extract" or "lsp")`,
  noPath: 'check: no PATH given (or use --stdin)',
  stdinWithPaths: '--stdin takes no PATH',
  stdinWithFix: '--fix cannot be used with --stdin (there is no file to write the copy next to)',
  stdinFilenameAlone: '--stdin-filename is only used with --stdin',
  badDate: (v) => `--as-of: "${v}" is not a date YYYY-MM-DD`,
  badChoice: (o, v, choices) => `${o}: "${v}" is not one of ${choices}`,
  badCount: (v) => `--max-warnings: "${v}" is not a whole number ≥ 0`,
  noSuchPath: (p) => `${p}: no such file or folder`,
  notADraft: (p) => `${p}: not a draft (only ${DRAFT_TYPES} are read)`,
  oldWord: (p) => `${p}: an old Word file (.doc) — save it as .docx`,
  emptyFolder: (p) => `${p}: no drafts (${DRAFT_TYPES}) found; pass --allow-empty if that is expected`,
  unreadable: (p, why) => `${p}: cannot be read: ${why}`,
  unwritable: (p, why) => `${p}: cannot be written: ${why}`,
  glossaryUnloadable: 'the glossary could not be loaded',
  workspaceGlossary: (dir) => `also using the team glossary in ${dir} (--no-workspace-glossary leaves it out)`,
  wroteFixed: (to, n) => `wrote ${to} (${n} ${n === 1 ? 'fix' : 'fixes'})`,
  fixSkipped: (p, n) => `${p}: ${n} fix(es) not applied (overlapping, or across a tab or line break)`,
  paragraph: 'paragraph',
  footnote: 'footnote',
  endnote: 'endnote',
  progress: (i, n) => `checking ${i}/${n} files`,
};

export function messages(locale: Locale): Messages {
  return locale === 'vi' ? vi : en;
}
