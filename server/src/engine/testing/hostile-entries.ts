/**
 * Test support: a glossary file whose text fields carry markup (remote images, HTML, links, javascript: and
 * data: addresses, emphasis, headings, table pipes, line breaks). It passes the schema and the fact checks, so it
 * loads; hovers over its entries must show that text literally and load or link nothing of its choosing.
 * Shared by the engine's hover tests and the protocol test of the server.
 */

export const HOSTILE_GLOSSARY_YAML = `sources:
  - id: nguon-doc
    title: "![anh](https://evil.example/title.png) <img src=https://evil.example/t.png onerror=alert(1)>"
    outlet: "<script>alert(1)</script>"
    url: "https://evil.example/a)![i](https://evil.example/i.png)<img>"
    date: "2025-01-01"
  - id: nguon-khong-url
    title: "[bấm](javascript:alert(1))"
    outlet: "<b onmouseover=alert(1)>x</b>"
  - id: javascript-alert
    title: "javascript:alert(1)"
    url: "http://evil.example/x?a=<b>&c=\`d\`"
bodies:
  - id: ban-thu-doc
    name: Ban Thử Độc
    kind: party
    until: "2025-01"
    fate: "# Tiêu đề\\n\\n![x](https://evil.example/fate.png) <a href=javascript:alert(1)>bấm</a>"
    sources: [nguon-doc]
    confidence: confirmed
offices:
  - id: truong-ban-thu-doc
    title: Trưởng Ban Thử Độc
    role: Trưởng Ban
    body: ban-thu-doc
    single: true
    sources: [nguon-doc, nguon-khong-url]
people:
  - id: nguyen-van-doc
    name: Nguyễn Văn Độc
    titles:
      - office: truong-ban-thu-doc
        from: "2020-01"
        to: "2025-01"
        note: "<img src=https://evil.example/note.png> | [link](https://evil.example/l) **đậm**\\n- mục\\n\\n<!-- x -->"
        sources: [nguon-doc, "https://evil.example/raw<img>(x)"]
        confidence: confirmed
    sources: [nguon-doc, "javascript-alert", "https://evil.example/raw<img>(x)"]
terms:
  - id: chu-nghia-thu-doc
    canonical: chủ nghĩa thử độc
    definition: >-
      ![d](https://evil.example/def.png) <iframe src=https://evil.example></iframe> www.evil.example
      http://evil.example/auto thu@evil.example &lt;img&gt; [ref]: https://evil.example/ref \`code\` ~~gạch~~
    category: "*nghiêng* <b>đậm</b>"
    variants: ["![v](https://evil.example/v.png)"]
    discouraged:
      - form: "[thử độc](https://evil.example/d)"
    sources: [nguon-doc]
documents:
  - id: nq-999-nq-tw
    kind: Nghị quyết
    number: "999"
    symbol: 999-NQ/TW
    issuer: ban-thu-doc
    date: "2024-01-02"
    subject: "về ![s](https://evil.example/subject.png) <img src=x>"
    note: "1. danh sách <img src=x> data:text/html,<script>alert(1)</script>"
    status: in-force
    sources: [nguon-doc]
    confidence: confirmed
`;

/** A draft that mentions every hostile entry. */
export const HOSTILE_DRAFT =
  'Ngày 2/3/2024, Trưởng Ban Thử Độc Nguyễn Văn Độc nói về chủ nghĩa thử độc và Nghị quyết 999-NQ/TW. ' +
  'Sau đó Ban Thử Độc họp.';

/**
 * What an inert hover looks like: no image and no raw HTML anywhere, and every link (an unescaped "[" … "](" …
 * ")") goes to an http(s) address without spaces, brackets or quotes. Returns the problems found (empty: inert).
 */
export function markupProblems(markdown: string): string[] {
  const problems: string[] = [];
  // A character is escaped when an odd number of backslashes precede it.
  const unescaped = (i: number) => {
    let n = 0;
    for (let j = i - 1; j >= 0 && markdown[j] === '\\'; j--) n++;
    return n % 2 === 0;
  };
  // Link destinations are checked below; what they hold is an address, not markup.
  const text = markdown.replace(/\]\(https?:\/\/[^\s()<>"'`[\]\\]+\)/g, (m) => `](${' '.repeat(m.length - 3)})`);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!unescaped(i)) continue;
    if (c === '!' && text[i + 1] === '[') problems.push(`image at ${i}: ${text.slice(i, i + 40)}`);
    if (c === '<') problems.push(`raw "<" at ${i}: ${text.slice(i, i + 40)}`);
    if (c === '`') problems.push(`code span at ${i}`);
    if (c === '&') problems.push(`entity at ${i}: ${text.slice(i, i + 10)}`);
  }
  for (const m of markdown.matchAll(/\]\(([^)]*)\)/g)) {
    if (!unescaped(m.index)) continue;
    if (!/^https?:\/\/[^\s()<>"'`[\]\\]+$/.test(m[1])) problems.push(`link to ${m[1]}`);
  }
  for (const line of markdown.split('\n')) {
    if (/^\s*(#|>|<|\d+\.\s|[-+*]\s)/.test(line) && !line.startsWith('- ')) problems.push(`block from data: ${line}`);
  }
  return problems;
}
