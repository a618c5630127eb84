/**
 * Word documents made by the tests themselves with the `docx` library (the same package format Word writes):
 * a dateline and a body paragraph, a table whose cell names a minister, and a footnote that does too.
 */
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export const OUTDATED = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn';

export interface DocxFixture {
  bytes: Buffer;
  /** 1-based paragraph numbers as the CLI counts them (body in order, table cells included, then footnotes). */
  tableParagraph: number;
  footnoteParagraph: number;
}

export async function makeDocx(): Promise<DocxFixture> {
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph({ children: [new TextRun(`Theo phát biểu của ${OUTDATED} tại hội nghị.`)] })] },
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('Hà Nội, ngày 23 tháng 11 năm 2026')] }),
          new Paragraph({
            children: [new TextRun({ text: 'Báo cáo tình hình đối ngoại', bold: true }), new FootnoteReferenceRun(1)],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Người phát biểu')] }),
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: [new TextRun({ text: OUTDATED, italics: true }), new TextRun(' chủ trì buổi tiếp.')],
                      }),
                    ],
                  }),
                ],
              }),
            ],
          }),
          new Paragraph('Hết.'),
        ],
      },
    ],
  });
  return { bytes: await Packer.toBuffer(doc), tableParagraph: 4, footnoteParagraph: 6 };
}
