/** What `chinh-danh glossary test` prints, in Vietnamese and English. */
import type { Locale } from '../../engine';

const vi = {
  usage: `Cách dùng: chinh-danh glossary test [THƯ_MỤC...] [tùy chọn]

Chạy các câu ví dụ mà mục từ trong bảng thuật ngữ mang theo (examples: flag / pass) qua bộ
kiểm tra: câu "flag" phải bị báo về đúng mục đó (đúng mã, nếu có ghi), câu "pass" phải nhắc
đến mục đó mà không bị báo. Mục mà không câu ví dụ nào được hiểu là nhắc đến thì "không bao
giờ kích hoạt" — ví dụ của nó không chứng minh được gì.

Không có THƯ_MỤC: thử các ví dụ của bảng thuật ngữ đi kèm. Có THƯ_MỤC: nạp bảng đi kèm cộng
các THƯ_MỤC (mục trùng id được gộp, như khi kiểm tra) và thử các ví dụ trong THƯ_MỤC.

Tùy chọn:
      --all                  thử cả ví dụ của bảng thuật ngữ đi kèm khi có THƯ_MỤC
      --as-of YYYY-MM-DD     ngày dùng cho ví dụ không ghi asOf (mặc định: hôm nay)
      --verbose              liệt kê cả các ví dụ đạt
      --locale vi|en         ngôn ngữ (mặc định: theo LANG)
  -h, --help                 hiện hướng dẫn này

Mã thoát: 0 mọi ví dụ đạt, 1 có ví dụ không đạt, 2 lỗi cách dùng hoặc bảng thuật ngữ hỏng.
`,
  missingSubcommand: 'glossary: thiếu lệnh con (cần "test")',
  unknownSubcommand: (c: string) => `glossary: không có lệnh con "${c}" (cần "test")`,
  example: (expect: string, n: number) => `ví dụ ${expect} ${n}`,
  silent: (code: string | undefined) =>
    code ? `không có cảnh báo ${code} nào về mục này` : 'không có cảnh báo nào về mục này',
  otherCode: (code: string, got: string) => `cần cảnh báo ${code} về mục này, nhưng chỉ có ${got}`,
  flagged: 'bị báo về mục này, dù phải đạt',
  notMentioned: 'không được hiểu là nhắc đến mục này, nên không kiểm tra được gì (tên hoặc cách viết có khớp không?)',
  neverFires: (n: number) =>
    `không bao giờ kích hoạt: không câu nào trong ${n} ví dụ được hiểu là nhắc đến mục này hay gây cảnh báo về nó`,
  asOf: (date: string) => `theo ngày ${date}`,
  passed: 'đạt',
  summary: (entries: number, examples: number, failed: number, never: number) =>
    `glossary test: ${entries} mục, ${examples} ví dụ — ${examples - failed} đạt, ${failed} không đạt` +
    (never ? `; ${never} mục không bao giờ kích hoạt` : ''),
  noExamples: 'glossary test: không có ví dụ nào (thêm examples: { flag: [...], pass: [...] } vào mục từ)',
};

type Messages = typeof vi;

const en: Messages = {
  usage: `Usage: chinh-danh glossary test [DIR...] [options]

Runs the example sentences glossary entries carry (examples: flag / pass) through the checker:
a "flag" sentence must raise a finding about that very entry (of the given code, if any), a
"pass" sentence must mention the entry and raise none about it. An entry that none of its
examples is read as mentioning "never fires": its examples prove nothing.

Without DIR: tests the bundled glossary's examples. With DIR: loads the bundled glossary plus
each DIR (entries with the same id are merged, as when checking) and tests the examples in DIR.

Options:
      --all                  also test the bundled glossary's examples when DIR is given
      --as-of YYYY-MM-DD     date for examples without asOf (default: today)
      --verbose              list the examples that pass too
      --locale vi|en         language (default: from LANG)
  -h, --help                 show this help

Exit codes: 0 every example passes, 1 some fail, 2 usage error or broken glossary.
`,
  missingSubcommand: 'glossary: missing subcommand (expected "test")',
  unknownSubcommand: (c) => `glossary: unknown subcommand "${c}" (expected "test")`,
  example: (expect, n) => `${expect} example ${n}`,
  silent: (code) => (code ? `raised no ${code} finding about this entry` : 'raised no finding about this entry'),
  otherCode: (code, got) => `expected a ${code} finding about this entry, got only ${got}`,
  flagged: 'raised a finding about this entry, but must pass',
  notMentioned: 'is not read as mentioning this entry, so it tests nothing (does the name or form match?)',
  neverFires: (n) =>
    `never fires: none of its ${n} examples is read as mentioning this entry or raises anything about it`,
  asOf: (date) => `as of ${date}`,
  passed: 'passes',
  summary: (entries, examples, failed, never) =>
    `glossary test: ${entries} entries, ${examples} examples — ${examples - failed} pass, ${failed} fail` +
    (never ? `; ${never} ${never === 1 ? 'entry never fires' : 'entries never fire'}` : ''),
  noExamples: 'glossary test: no examples found (add examples: { flag: [...], pass: [...] } to entries)',
};

export function glossaryTestMessages(locale: Locale): Messages {
  return locale === 'vi' ? vi : en;
}
