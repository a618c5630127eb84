/**
 * Hostile drafts for the server over its protocol (issue 10): large and pathological texts a user can paste or open.
 * Every sentence is written for these tests; numbers vary so that no two paragraphs are the same text.
 */

export const MB = 1024 * 1024;

export interface HostileDraft {
  /** Shown in the test name and the figures. */
  name: string;
  /** File name of the open document (the progress title shows it). */
  file: string;
  text: string;
}

const SENTENCES = [
  (i: number) =>
    `Ngày ${1 + (i % 28)}/${1 + (i % 12)}/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ tại Hà Nội.`,
  (i: number) => `Phiên làm việc thứ ${i} bàn về hợp tác kinh tế, giáo dục và giao lưu nhân dân giữa hai nước.`,
  (i: number) => `Hai bên nhắc lại Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị (bản ghi ${i}).`,
  (i: number) => `Đoàn đã thăm ${i % 7 === 0 ? 'một khu công nghệ cao' : 'một trường đại học'} và gặp gỡ sinh viên.`,
  (i: number) => `Thủ tướng Phạm Minh Chính chủ trì hội nghị lần ${i} với các bộ, ngành.`,
  (i: number) => `Các đại biểu thống nhất sẽ gặp lại vào quý ${1 + (i % 4)} năm sau để rà soát tiến độ.`,
  (i: number) => `Báo cáo số ${i} nêu rõ đối ngoại đa phương là một trụ cột quan trọng.`,
];

/** Paragraphs of a few sentences each until `bytes` UTF-8 bytes; `separator` joins sentences and paragraphs. */
function prose(bytes: number, sentenceSeparator: string, paragraphSeparator: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const paragraph = SENTENCES.map((s, k) => s(i * SENTENCES.length + k)).join(sentenceSeparator);
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + paragraphSeparator.length;
  }
  return parts.join(paragraphSeparator) + '\n';
}

function repeatedTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

export function hostileDrafts(): HostileDraft[] {
  const citations: string[] = [];
  for (let i = 1; i <= 100_000; i++)
    citations.push(`${i}. Theo Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị, ngày ${1 + (i % 28)}/3/2024.`);
  return [
    { name: '10 MB document', file: 'ten-megabytes.md', text: prose(10 * MB, ' ', '\n\n') },
    { name: '10 MB single line', file: 'one-line.md', text: prose(10 * MB, ' ', ' ').trimEnd() },
    {
      name: '1 MB of alternating combining marks',
      file: 'combining-marks.md',
      text:
        'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ. e' +
        repeatedTo('\u0301\u0323', MB) +
        '\nThủ tướng Phạm Minh Chính chủ trì.\n',
    },
    { name: '100,000 citations', file: 'citations.md', text: citations.join('\n') + '\n' },
    {
      name: '5 MB of one repeated title',
      file: 'repeated-title.md',
      text: repeatedTo('Bộ trưởng Ngoại giao Bùi Thanh Sơn ', 5 * MB),
    },
  ];
}
