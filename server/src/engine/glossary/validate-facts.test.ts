import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossaryFiles } from './parse';
import { notACalendarDate } from './validate-facts';

/** A one-holder ministry and its deputy post (several holders), with one source. */
const BASE = `sources:
  - { id: s1, title: "t", url: "https://example.org/a", date: "2024-01-01" }
bodies:
  - { id: b, name: Bộ A, kind: ministry, sources: [s1], confidence: confirmed }
offices:
  - { id: bt, title: Bộ trưởng Bộ A, role: Bộ trưởng, body: b, single: true, sources: [s1] }
  - { id: tt, title: Thứ trưởng Bộ A, role: Thứ trưởng, body: b, single: false, sources: [s1] }
`;

/** A person with the given tenures (flow maps, one per line). */
function person(id: string, name: string, titles: string[]): string {
  const lines = titles.map((t) => `      - { ${t}, sources: [s1], confidence: confirmed }`).join('\n');
  return `  - id: ${id}\n    name: ${name}\n    titles:\n${lines}\n    sources: [s1]\n`;
}

function parse(...texts: string[]) {
  return { ...parseGlossaryFiles(texts.map((text, i) => ({ path: `g${i}.yaml`, text }))), texts };
}

/** "file:line:column: message" of each problem; a quoted date in the message must be what line:column points at. */
function where(r: ReturnType<typeof parse>): string[] {
  return r.problems.map((p) => {
    const quoted =
      /^"([^"]+)" is not a calendar date/.exec(p.message)?.[1] ?? /ends \(\w+: ([^)]+)\)/.exec(p.message)?.[1];
    const text = r.texts[Number(/\d+/.exec(p.file)?.[0])];
    if (quoted && text) {
      const at = text.split('\n')[p.line - 1].slice(p.column - 1);
      assert.ok(at.startsWith(`"${quoted}"`), `${p.line}:${p.column} points at ${at}, not at "${quoted}"`);
    }
    return `${p.file}:${p.line}:${p.column}: ${p.message}`;
  });
}

test('a valid glossary with handovers loads: month windows and one shared day are not overlaps', () => {
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04", to: "2021-04"', 'office: tt, from: "2011"']) +
      person('b', 'Trần Thị B', ['office: bt, from: "2021-04", to: "2024-07-15"', 'office: tt, from: "2012"']) +
      person('c', 'Lê Văn C', ['office: bt, from: "2024-07-15"']) +
      // Acting while the post was held by nobody else, then appointed: the shared day is the handover.
      person('d', 'Phạm Văn D', ['office: tt, from: "2019-01", to: "2020-02-03", acting: true']),
  );
  assert.deepEqual(where(r), []);
  assert.ok(r.data);
});

test('a date that is not a calendar date is an error at its line and column, in every date field', () => {
  const r = parse(
    BASE.replace('date: "2024-01-01"', 'date: "2024-13-01"') +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2023-02-30"']).replace(
        '    sources',
        '    born: "1961-04-31"\n    sources',
      ) +
      'documents:\n  - { id: d, kind: Chỉ thị, number: "1", issuer: b, subject: về A, status: in-force, date: "2023-00",' +
      ' sources: [s1], confidence: confirmed }\n',
  );
  assert.equal(r.data, undefined, 'the file is refused');
  assert.deepEqual(where(r), [
    'g0.yaml:2:63: "2024-13-01" is not a calendar date (there is no month 13)',
    'g0.yaml:13:11: "1961-04-31" is not a calendar date (1961-04 has 30 days)',
    'g0.yaml:12:29: "2023-02-30" is not a calendar date (2023-02 has 28 days)',
    'g0.yaml:16:92: "2023-00" is not a calendar date (there is no month 00)',
  ]);
});

test('bodies and issuer codes are checked too, and years before 1000 are refused', () => {
  const text = BASE.replace(
    '{ id: b, name: Bộ A, kind: ministry,',
    '{ id: b, name: Bộ A, kind: ministry, from: "0099", issuerCodes: [{ code: BA, from: "2020-02-29", to: "2019-02-29",' +
      ' sources: [s1] }],',
  );
  const problems = where(parse(text));
  assert.deepEqual(problems, [
    'g0.yaml:4:48: "0099" is not a calendar date (the year is before 1000)',
    'g0.yaml:4:106: "2019-02-29" is not a calendar date (2019-02 has 28 days)',
  ]);
});

test('a tenure, a body or a life that ends before it begins is an error on its end', () => {
  const r = parse(
    BASE.replace('kind: ministry,', 'kind: ministry, from: "2020-05", until: "2020-04-30",') +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2024-05", to: "2023"']).replace(
        '    sources',
        '    born: "1960"\n    died: "1959-12"\n    sources',
      ),
  );
  assert.equal(r.data, undefined);
  assert.deepEqual(where(r), [
    'g0.yaml:4:66: body "b" ends (until: 2020-04-30) before it begins (from: 2020-05)',
    'g0.yaml:14:11: the life of "a" ends (died: 1959-12) before it begins (born: 1960)',
    'g0.yaml:12:44: tenure of "a" as "bt" ends (to: 2023) before it begins (from: 2024-05)',
  ]);
});

test('an end in the same window as the start is not reversed (a month and a day in it)', () => {
  const r = parse(BASE + 'people:\n' + person('a', 'Nguyễn Văn A', ['office: tt, from: "2024-07", to: "2024-07-01"']));
  assert.deepEqual(where(r), []);
});

test('two holders of a one-holder office at once: an error on the later tenure, naming the other', () => {
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04", to: "2021-06"']) +
      person('b', 'Trần Thị B', ['office: bt, from: "2021-04-08"']),
  );
  assert.equal(r.data, undefined);
  assert.deepEqual(where(r), [
    'g0.yaml:17:9: "bt" has one holder at a time (single: true), but Trần Thị B (2021-04-08 → present, g0.yaml:17) ' +
      'overlaps Nguyễn Văn A (2016-04 → 2021-06, g0.yaml:12); end the earlier tenure (to:), mark an interim one ' +
      'acting: true, or set single: false on the office',
  ]);
});

test('two open tenures of a one-holder office are two holders now, even without a start', () => {
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04"']) +
      person('b', 'Trần Thị B', ['office: bt']),
  );
  assert.equal(r.problems.length, 1);
  assert.match(r.problems[0].message, /Trần Thị B \(\? → present, g0\.yaml:17\) overlaps Nguyễn Văn A/);
});

test('acting periods, offices with several holders and uncertain windows are not overlaps', () => {
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04", to: "2021-06"', 'office: tt, from: "2015"']) +
      person('b', 'Trần Thị B', [
        'office: bt, from: "2021-05", to: "2021-07", acting: true',
        'office: tt, from: "2016"',
      ]) +
      // "From 2021" may be December 2021: no day is certainly shared with A's tenure ending June 2021.
      person('c', 'Lê Văn C', ['office: bt, from: "2021", to: "2021-12-31"']),
  );
  assert.deepEqual(where(r), []);
});

test('a person holding the same office twice at once is an error, acting or not', () => {
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', [
        'office: tt, from: "2016-04", to: "2021-06"',
        'office: tt, from: "2020-01", to: "2024"',
        'office: bt, from: "2022-01", acting: true',
        'office: bt, from: "2022-05"',
      ]),
  );
  assert.deepEqual(
    r.problems.map((p) => `${p.line}:${p.column}: ${p.message.slice(0, p.message.indexOf('; '))}`),
    [
      '13:9: "a" holds "tt" twice at once: Nguyễn Văn A (2020-01 → 2024, g0.yaml:13) overlaps Nguyễn Văn A (2016-04 → 2021-06, g0.yaml:12)',
      '15:9: "a" holds "bt" twice at once: Nguyễn Văn A (2022-05 → present, g0.yaml:15) overlaps Nguyễn Văn A (2022-01 → present, g0.yaml:14)',
    ],
  );
});

test('a person with very many tenures is checked the same way (grouped by a map instead of a list)', () => {
  // The two tenures of "tt" overlap, with 40 consecutive years of "bt" between them.
  const years = Array.from({ length: 40 }, (_, i) => `office: bt, from: "${1950 + i}-02", to: "${1951 + i}-01"`);
  const r = parse(
    BASE +
      'people:\n' +
      person('a', 'Nguyễn Văn A', [
        'office: tt, from: "2016-04", to: "2021-06"',
        ...years,
        'office: tt, from: "2020-01"',
      ]),
  );
  assert.deepEqual(
    r.problems.map((p) => p.message.slice(0, p.message.indexOf('; '))),
    [
      '"a" holds "tt" twice at once: Nguyễn Văn A (2020-01 → present, g0.yaml:53) overlaps Nguyễn Văn A ' +
        '(2016-04 → 2021-06, g0.yaml:12)',
    ],
  );
});

test('an overlap across files is reported in the file that adds the second holder', () => {
  const team = 'people:\n' + person('b', 'Trần Thị B', ['office: bt, from: "2025-03"']);
  const r = parse(BASE + 'people:\n' + person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04"']), team);
  assert.equal(r.problems.length, 1);
  assert.equal(`${r.problems[0].file}:${r.problems[0].line}:${r.problems[0].column}`, 'g1.yaml:5:9');
  assert.match(r.problems[0].message, /overlaps Nguyễn Văn A \(2016-04 → present, g0\.yaml:12\)/);
  // Closing the earlier tenure in the team file (same office and start: merged) resolves it.
  const closed = team + person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04", to: "2025-03"']);
  assert.deepEqual(
    where(parse(BASE + 'people:\n' + person('a', 'Nguyễn Văn A', ['office: bt, from: "2016-04"']), closed)),
    [],
  );
});

test('one offending tenure among many holders is found by the sweep, whatever the order', () => {
  const people = Array.from({ length: 300 }, (_, i) => {
    const y = 1700 + i;
    return person(`p${i}`, `Người ${i}`, [`office: bt, from: "${y}", to: "${y + 1}"`]);
  });
  // A year-long tenure in the middle of the list, starting mid-term of another holder.
  people.splice(10, 0, person('x', 'Người X', ['office: bt, from: "1850-06-01", to: "1851-06-01"']));
  const r = parse(BASE + 'people:\n' + people.reverse().join(''));
  assert.equal(r.problems.length, 1, r.problems.map((p) => p.message).join('\n'));
  assert.match(r.problems[0].message, /Người 150 \(1850 → 1851, g0\.yaml:\d+\) overlaps Người X \(1850-06-01/);
});

test('notACalendarDate', () => {
  assert.equal(notACalendarDate('2024'), undefined);
  assert.equal(notACalendarDate('2024-02-29'), undefined);
  assert.equal(notACalendarDate('2023-02-29'), '2023-02 has 28 days');
  assert.equal(notACalendarDate('2023-12-32'), '2023-12 has 31 days');
  assert.equal(notACalendarDate('2023-04-00'), '2023-04 has 30 days');
  assert.equal(notACalendarDate('9999-99-99'), 'there is no month 99');
});
