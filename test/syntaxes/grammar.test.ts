/**
 * The injection grammar (syntaxes/chinh-danh.injection.tmLanguage.json): valid JSON, every regex
 * compiles (Oniguruma via vscode-oniguruma, and JS with the `u` flag), and real tokenization with
 * vscode-textmate gives the expected scopes in Markdown and plain-text hosts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.resolve(__dirname, '..', '..');
const grammarPath = path.join(root, 'syntaxes', 'chinh-danh.injection.tmLanguage.json');
const plainPath = path.join(root, 'syntaxes', 'plaintext.tmLanguage.json');
const SCOPE = 'text.chinh-danh.injection';

type Rule = { match?: string; begin?: string; end?: string; patterns?: Rule[] };

function collectRegexes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) collectRegexes(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'match' || k === 'begin' || k === 'end' || k === 'while') && typeof v === 'string') out.push(v);
      else collectRegexes(v, out);
    }
  }
  return out;
}

const grammarJson = JSON.parse(fs.readFileSync(grammarPath, 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, Rule>;
};

let onigReady: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigReady;
}

/** Minimal host grammars: Markdown with a fenced code block and inline code, and empty plain text. */
const MARKDOWN_STUB = {
  scopeName: 'text.html.markdown',
  patterns: [
    { begin: '^```', end: '^```', name: 'markup.fenced_code.block.markdown' },
    { match: '`[^`]*`', name: 'markup.inline.raw.string.markdown' },
  ],
};

function registry(): vsctm.Registry {
  return new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => {
      if (scopeName === SCOPE) return vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath);
      if (scopeName === 'text.plain') return vsctm.parseRawGrammar(fs.readFileSync(plainPath, 'utf8'), plainPath);
      if (scopeName === 'text.html.markdown')
        return vsctm.parseRawGrammar(JSON.stringify(MARKDOWN_STUB), 'markdown.json');
      return null;
    },
    getInjections: (scopeName) =>
      scopeName === 'text.html.markdown' || scopeName === 'text.plain' ? [SCOPE] : undefined,
  });
}

interface Token {
  text: string;
  scopes: string[];
}

async function tokenize(host: string, text: string): Promise<Token[]> {
  const grammar = await registry().loadGrammar(host);
  assert.ok(grammar, `grammar ${host} loads`);
  let state = vsctm.INITIAL;
  const tokens: Token[] = [];
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    for (const t of r.tokens) tokens.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    state = r.ruleStack;
  }
  return tokens;
}

/** The concatenated text of consecutive tokens that carry `scope`. */
function spans(tokens: Token[], scope: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  for (const t of tokens) {
    if (t.scopes.includes(scope)) cur = (cur ?? '') + t.text;
    else if (cur !== undefined) {
      out.push(cur);
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

const DOC = 'entity.name.reference.document.chinh-danh';
const DATE = 'constant.numeric.date.chinh-danh';
const CONGRESS = 'constant.language.congress.chinh-danh';
const TERM = 'constant.language.congress.term.chinh-danh';

test('grammar file is valid JSON with the expected scope name and injection selector', () => {
  assert.equal(grammarJson.scopeName, SCOPE);
  assert.match(grammarJson.injectionSelector, /L:text\.html\.markdown/);
  assert.match(grammarJson.injectionSelector, /L:text\.plain/);
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const grammars = pkg.contributes.grammars as { scopeName: string; path: string; injectTo?: string[] }[];
  const entry = grammars.find((g) => g.scopeName === SCOPE);
  assert.ok(entry, 'contributed in package.json');
  assert.deepEqual([...(entry.injectTo ?? [])].sort(), ['text.html.markdown', 'text.plain']);
  for (const g of grammars) assert.ok(fs.existsSync(path.join(root, g.path)), `${g.path} exists`);
});

test('every regex compiles in JavaScript (u flag) and in Oniguruma', async () => {
  const regexes = collectRegexes(grammarJson);
  assert.ok(regexes.length >= 6);
  await onigLib();
  for (const source of regexes) {
    assert.doesNotThrow(() => new RegExp(source, 'u'), `JS: ${source}`);
    assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `Oniguruma: ${source}`);
  }
});

test('JS check: the citation regex matches typical citations', () => {
  const re = new RegExp(grammarJson.repository.citation.match!, 'u');
  for (const s of [
    'Nghị quyết số 34-NQ/TW ngày 9/1/2023',
    'Nghị quyết 21/NQ-CP',
    'Luật số 250/2025/QH15',
    'Chỉ thị 25-CT/TW',
    'Nghị định 01/2021/NĐ-CP',
  ]) {
    assert.equal(re.exec(s)?.[0], s, s);
  }
  assert.equal(re.exec('một quyết định quan trọng'), null);
});

test('markdown: a full citation is one document reference, with its date scoped as a date', async () => {
  const tokens = await tokenize(
    'text.html.markdown',
    'Theo Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị, đối ngoại Đảng giữ vai trò định hướng.',
  );
  assert.deepEqual(spans(tokens, DOC), ['Nghị quyết số 34-NQ/TW ngày 9/1/2023']);
  assert.deepEqual(spans(tokens, 'storage.type.document.chinh-danh'), ['Nghị quyết']);
  assert.deepEqual(spans(tokens, 'constant.other.symbol.document.chinh-danh'), ['34-NQ/TW']);
  assert.deepEqual(spans(tokens, DATE), ['ngày 9/1/2023']);
});

test('markdown: citations without "số" or date, and several symbol shapes', async () => {
  const tokens = await tokenize(
    'text.html.markdown',
    'Xem Nghị quyết 21/NQ-CP, Luật 250/2025/QH15 và nghị quyết 34/NQ-TW.',
  );
  assert.deepEqual(spans(tokens, DOC), ['Nghị quyết 21/NQ-CP', 'Luật 250/2025/QH15', 'nghị quyết 34/NQ-TW']);
});

test('markdown: congress numbers and terms', async () => {
  const tokens = await tokenize(
    'text.html.markdown',
    'Đại hội XIV của Đảng, tiếp nối Đại hội lần thứ XIII; Ban Chấp hành Trung ương khóa XIII và khoá XIV.',
  );
  assert.deepEqual(spans(tokens, CONGRESS), ['Đại hội XIV', 'Đại hội lần thứ XIII']);
  assert.deepEqual(spans(tokens, TERM), ['khóa XIII', 'khoá XIV']);
});

test('markdown: dates in several forms', async () => {
  const tokens = await tokenize(
    'text.html.markdown',
    'Hội nghị họp ngày 23 tháng 11 năm 2026, sau phiên tháng 7/2023 và ngày 9/1/2023; hạn chót tháng 12 năm 2025.',
  );
  assert.deepEqual(spans(tokens, DATE), [
    'ngày 23 tháng 11 năm 2026',
    'tháng 7/2023',
    'ngày 9/1/2023',
    'tháng 12 năm 2025',
  ]);
});

test('markdown: nothing is scoped inside fenced or inline code', async () => {
  const tokens = await tokenize(
    'text.html.markdown',
    '```\nNghị quyết 34-NQ/TW ngày 9/1/2023\n```\nVí dụ `Đại hội XIV` trong mã.',
  );
  assert.deepEqual(spans(tokens, DOC), []);
  assert.deepEqual(spans(tokens, CONGRESS), []);
  assert.deepEqual(spans(tokens, DATE), []);
});

test('plain text: the injection applies too', async () => {
  const tokens = await tokenize('text.plain', 'Chỉ thị số 25-CT/TW ngày 8/8/2018 được triển khai sau Đại hội XII.');
  assert.deepEqual(spans(tokens, DOC), ['Chỉ thị số 25-CT/TW ngày 8/8/2018']);
  assert.deepEqual(spans(tokens, CONGRESS), ['Đại hội XII']);
});

test('no false positives on ordinary words or numbers inside symbols', async () => {
  const tokens = await tokenize(
    'text.plain',
    'Quyết định đúng đắn của 250 đại biểu; ký hiệu 250/2025/QH15 đứng một mình; Đại hội đồng Liên hợp quốc.',
  );
  assert.deepEqual(spans(tokens, DOC), []);
  assert.deepEqual(spans(tokens, DATE), []);
  assert.deepEqual(spans(tokens, CONGRESS), []);
});
