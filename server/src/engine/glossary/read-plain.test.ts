import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_DIR } from '../testing/real-glossary';
import { parseGlossaryFiles, YAML_LIMITS } from './parse';
import { readPlainYaml } from './read-plain';

const bundled = (): Array<{ path: string; text: string }> => {
  const walk = (rel: string): string[] =>
    readdirSync(join(GLOSSARY_DIR, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(rel, e.name)) : /\.ya?ml$/.test(e.name) ? [join(rel, e.name)] : [],
    );
  return walk('')
    .sort()
    .map((p) => ({ path: p, text: readFileSync(join(GLOSSARY_DIR, p), 'utf8') }));
};

/** Both readers' whole answer for the same files: problems, data and where each entry is. */
const both = (files: Array<{ path: string; text: string }>) => [
  parseGlossaryFiles(files),
  parseGlossaryFiles(files, { careful: true }),
];

test('the fast reader takes every bundled file, with the same data and entry lines as the careful one', () => {
  const files = bundled();
  for (const f of files) assert.ok(readPlainYaml(f.text, YAML_LIMITS), `${f.path} not read the fast way`);
  const [fast, careful] = both(files);
  assert.deepEqual(fast.problems, []);
  assert.deepEqual(fast, careful);
});

test('anything unusual is left to the careful reader: anchors, tags, directives, two documents, depth, size', () => {
  for (const text of [
    'terms:\n  - &a { id: x }\n',
    'terms:\n  - !!map { id: x }\n',
    '%YAML 1.1\n---\nterms: []\n',
    'terms: []\n---\nterms: []\n',
    `terms: ${'['.repeat(80)}${']'.repeat(80)}\n`,
    `# ${'x'.repeat(YAML_LIMITS.maxChars)}\nterms: []\n`,
    'terms:\n  - id: "caf\uFFFD"\n',
    'terms: [\n',
    '',
  ])
    assert.equal(readPlainYaml(text, YAML_LIMITS), undefined, JSON.stringify(text.slice(0, 40)));
});

/** A deterministic stream of small edits (the typos a person makes in YAML), as in the fuzz scripts. */
function* mutations(base: string, count: number): Generator<string> {
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const bits = [
    ' ',
    '  ',
    '\n',
    ':',
    '- ',
    '#',
    '"',
    "'",
    '\t',
    '[',
    ']',
    '{',
    '}',
    ',',
    '|',
    '>',
    '? ',
    '\n  ',
    '&',
    '*',
  ];
  for (let n = 0; n < count; n++) {
    let t = base;
    for (let k = 1 + Math.floor(rnd() * 3); k > 0; k--) {
      const at = Math.floor(rnd() * t.length);
      t =
        rnd() < 0.4
          ? t.slice(0, at) + t.slice(at + 1 + Math.floor(rnd() * 3))
          : t.slice(0, at) + bits[Math.floor(rnd() * bits.length)] + t.slice(at);
    }
    yield t;
  }
}

test('after any small edit both readers give the same problems (file:line:column), data and locations', () => {
  const files = bundled();
  // The first entries of two files, cut where an entry starts so the text is valid before it is edited.
  const pick = (name: string, entries: number) => {
    const lines = files.find((f) => f.path.endsWith(name))!.text.split('\n');
    const starts = lines.flatMap((l, i) => (/^ {2}- id:/.test(l) ? [i] : []));
    return lines.slice(0, starts[entries]).join('\n');
  };
  const base = `${pick('people.yaml', 4)}\n${pick('terms.yaml', 3)}\n`;
  assert.deepEqual(
    parseGlossaryFiles([{ path: 'g.yaml', text: base }]).problems.filter((p) => !/: unknown /.test(p.message)),
    [],
  );
  let differences = 0;
  let accepted = 0;
  for (const text of mutations(base, 600)) {
    const [fast, careful] = both([{ path: 'g.yaml', text }]);
    // Reference checks need the other files; only the readers are compared here.
    const strip = (r: typeof fast) => ({ ...r, problems: r.problems.filter((p) => !/: unknown /.test(p.message)) });
    if (strip(fast).problems.length === 0) accepted++;
    try {
      assert.deepEqual(strip(fast), strip(careful));
    } catch (err) {
      differences++;
      if (differences === 1) throw new Error(`readers disagree on:\n${text}\n${(err as Error).message}`);
    }
  }
  assert.equal(differences, 0);
  assert.ok(accepted > 0);
});

test('a second load reads only the files whose text changed', () => {
  const files = bundled();
  const first = parseGlossaryFiles(files).data!;
  const edited = files.map((f) =>
    f.path.endsWith('terms.yaml')
      ? { ...f, text: f.text.replace('canonical: Đại hội XIV\n', 'canonical: Đại hội 14 mới\n') }
      : f,
  );
  const second = parseGlossaryFiles(edited).data!;
  // Entries of unchanged files are the very objects read before; those of the edited file were read again.
  assert.equal(second.sources[0], first.sources[0]);
  const term = (d: typeof first) => d.terms.find((t) => t.id === 'dai-hoi-xiv')!;
  assert.notEqual(term(second), term(first));
  assert.equal(term(second).canonical, 'Đại hội 14 mới');
  assert.deepEqual(parseGlossaryFiles(edited, { careful: true }).data, second);
});

test('where entries are defined, gathered when first read, is what the careful reader records as it goes', () => {
  // The second file has an anchor (read carefully), extends an entry of the first and defines an id twice; the third
  // is plain again and extends both.
  const term = (id: string, canonical: string) => `  - id: ${id}\n    canonical: ${canonical}\n    definition: d\n`;
  const files = [
    { path: 'a.yaml', text: `terms:\n${term('t-a', 'chuyển đổi số')}${term('t-b', 'kinh tế số')}` },
    { path: 'b.yaml', text: `terms:\n${term('t-b', 'kinh tế số')}  - &x\n    id: t-c\n    canonical: x\n` },
    { path: 'c.yaml', text: `terms:\n${term('t-c', 'chính phủ số')}${term('t-a', 'chuyển đổi số')}` },
  ];
  const [fast, careful] = both(files);
  assert.deepEqual(fast, careful);
  assert.deepEqual(fast.origins['t-a'], ['a.yaml', 'c.yaml']);
  assert.deepEqual(fast.origins['t-c'], ['b.yaml', 'c.yaml']);
  assert.deepEqual(fast.locations['t-a'], { file: 'a.yaml', line: 2 });
  const [fast2, careful2] = both(
    files.map((f) => (f.path === 'b.yaml' ? { ...f, text: f.text + term('t-b', 'y') } : f)),
  );
  assert.match(fast2.problems[0].message, /defined twice/);
  assert.deepEqual(fast2, careful2);
});
