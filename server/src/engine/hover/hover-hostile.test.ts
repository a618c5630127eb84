import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from './hover';
import { complete } from '../complete/complete';
import { Glossary } from '../glossary/glossary';
import { parseGlossaryFiles } from '../glossary/parse';
import { HOSTILE_DRAFT, HOSTILE_GLOSSARY_YAML, markupProblems } from '../testing/hostile-entries';

const parsed = parseGlossaryFiles([{ path: 'hostile.yaml', text: HOSTILE_GLOSSARY_YAML }]);
const glossary = new Glossary(parsed.data ?? assert.fail(JSON.stringify(parsed.problems)));

const over = (word: string, locale: 'vi' | 'en' = 'vi') => {
  const h = hover(HOSTILE_DRAFT, HOSTILE_DRAFT.indexOf(word) + 1, glossary, { asOf: '2024-03-02', locale });
  assert.ok(h, `no hover on ${word}`);
  return h;
};

for (const [word, ref] of [
  ['Nguyễn Văn Độc', 'nguyen-van-doc'],
  ['chủ nghĩa thử độc', 'chu-nghia-thu-doc'],
  ['Nghị quyết 999', 'nq-999-nq-tw'],
  ['Ban Thử Độc họp', 'ban-thu-doc'],
] as const) {
  test(`a hostile glossary entry (${ref}) shows its text literally: no image, HTML, code or foreign link`, () => {
    const at = HOSTILE_DRAFT.indexOf(word) + 1;
    for (const locale of ['vi', 'en'] as const) {
      const h = hover(HOSTILE_DRAFT, at, glossary, { asOf: '2024-03-02', locale });
      assert.ok(h, `no hover on ${word}`);
      assert.equal(h.ref, ref);
      assert.deepEqual(markupProblems(h.markdown), [], h.markdown);
      assert.doesNotMatch(h.markdown, /(^|[^\\])(!\[|<img|<script|<iframe)/);
    }
  });
}

test('the hostile text is still there to read, and sources link only to their http(s) address', () => {
  const person = over('Nguyễn Văn Độc').markdown;
  assert.match(person, /\\<img src=https\\:\/\/evil\.example\/note\.png\\>/);
  assert.match(person, /\\\*\\\*đậm\\\*\\\*/);
  // One table row per tenure: the pipe in the note is escaped, and the note's line breaks are folded.
  assert.equal(person.split('\n').filter((l) => l.startsWith('| Trưởng Ban Thử Độc')).length, 1);
  assert.match(
    person,
    /\[\\!\\\[anh\\\]\(https\\:\/\/evil\.example\/title\.png\) \\<img [^\]]*\]\(https:\/\/evil\.example\/a%29!%5Bi%5D%28https:\/\/evil\.example\/i\.png%29%3Cimg%3E\)/,
  );
  // A raw URL reference is a link to itself; a source id that only looks like a scheme is plain text.
  assert.match(
    person,
    /\[https\\:\/\/evil\.example\/raw\\<img\\>\(x\)\]\(https:\/\/evil\.example\/raw%3Cimg%3E%28x%29\)/,
  );
  const term = over('chủ nghĩa thử độc').markdown;
  assert.match(term, /www\\\.evil\.example http\\:\/\/evil\.example\/auto thu\\@evil\.example \\&lt;img\\&gt;/);
  assert.match(term, /\\\[ref\\\]: https\\:\/\/evil\.example\/ref \\`code\\` \\~\\~gạch\\~\\~/);
  const doc = over('Nghị quyết 999').markdown;
  assert.match(doc, /\n\n1\\\. danh sách \\<img src=x\\> data:text\/html,\\<script\\>alert\(1\)\\<\/script\\>/);
});

test('completion documentation from the hostile glossary is escaped the same way', () => {
  const text = 'Nguyễn Văn Đ';
  const items = complete(text, text.length, glossary, { asOf: '2024-03-02' });
  const docs = items.map((i) => i.documentation).filter((d): d is string => !!d);
  assert.ok(docs.length > 0, JSON.stringify(items.map((i) => i.label)));
  for (const d of docs) assert.deepEqual(markupProblems(d), [], d);
});
