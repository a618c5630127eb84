import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  datePhrase,
  formatCitation,
  Glossary,
  type Body,
  type DocumentEntry,
  type GlossaryData,
} from '../../server/src/engine';
import { documentItems } from '../../server/src/lsp/citations';

const bct: Body = { id: 'bo-chinh-tri', name: 'Bộ Chính trị', kind: 'party', sources: [], confidence: 'confirmed' };
const nq34: DocumentEntry = {
  id: 'nq-34-2023',
  kind: 'Nghị quyết',
  number: '34',
  symbol: '34-NQ/TW',
  issuer: 'bo-chinh-tri',
  date: '2023-01-09',
  subject: 'về một số định hướng, chủ trương lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng',
  status: 'in-force',
  sources: [],
  confidence: 'confirmed',
};

describe('citations', () => {
  test('dates are d/m/yyyy without leading zeros; partial dates say what is known', () => {
    assert.equal(datePhrase('2023-01-09'), 'ngày 9/1/2023');
    assert.equal(datePhrase('2023-02'), 'tháng 2/2023');
    assert.equal(datePhrase('2023'), 'năm 2023');
    assert.equal(datePhrase(undefined), '');
  });

  test('full citation: kind, số symbol, date, issuer, subject', () => {
    assert.equal(
      formatCitation(
        nq34,
        new Glossary({
          sources: [],
          bodies: [bct],
          offices: [],
          people: [],
          documents: [nq34],
          terms: [],
          enumerations: [],
          honorifics: [],
        }),
      ),
      'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về một số định hướng, chủ trương lớn triển khai đường lối đối ngoại Đại hội XIII của Đảng',
    );
  });

  test('documentItems for the picker', () => {
    const data: GlossaryData = {
      sources: [],
      bodies: [bct],
      offices: [],
      people: [],
      documents: [nq34],
      terms: [],
      enumerations: [],
      honorifics: [],
    };
    const [item] = documentItems(new Glossary(data));
    assert.equal(item.id, 'nq-34-2023');
    assert.equal(item.label, 'Nghị quyết 34-NQ/TW');
    assert.ok(item.citation.startsWith('Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về'));
    assert.equal(item.detail, 'Bộ Chính trị · ngày 9/1/2023 · còn hiệu lực');
  });
});
