/**
 * Giao ước thi đua (pledge) or chương trình phối hợp (docs/domain.md, Glossary): its contents, the targets each member
 * pledged per indicator, and a signature block for every member with the signer's position. Printed from the pledge
 * as recorded in the year (shared/model/pledges.ts): the date line is the pledge's own date and place, and the legal
 * bases are those in effect on that date — the 2024 pledge signed on 01/12/2023 cannot cite Nghị định 98/2023, in
 * effect from 01/01/2024 (docs/domain.md, "What makes a document safe to send up").
 */
import { BLANK_LINE, dateWords, placeDateLine, placeForDateLine } from '../views/official-conventions';
import type { IndicatorDef } from '../model/criteria';
import type { Pledge } from '../model/pledges';
import { formatNumber } from '../base/number-format';
import { fail, ok, type Result } from '../base/result';
import { safeFileStem } from '../base/file-names';
import { legalBasisBlocks, listText, shortNames, unitNames, type OfficialDocumentInput } from './document-input';
import {
  BLANK_NAME,
  FONT,
  body,
  bold,
  centred,
  heading,
  headerBlock,
  keptWithNext,
  paragraph,
  recipientsCell,
  titleBlock,
  unitNameLines,
  type CellContent,
  type DocBlock,
  type DocLayout,
  type DocTable,
  type OfficialDocument,
} from './document-model';

const KIND_NAME: Record<Pledge['kind'], string> = { pledge: 'giao ước thi đua', programme: 'chương trình phối hợp' };

/** Column header of an indicator: its name and, in brackets, the unit the targets are counted in. */
const indicatorHeader = (def: IndicatorDef): string => `${def.name} (${def.unitLabel || (def.unit === 'percent' ? '%' : '')})`;

const NUMBER_WIDTH = 7;
const NAME_WIDTH = 16;
const MIN_CHARS = 7;
/** The targets table is the widest of the documents: 11 pt, the smallest size Phụ lục I uses. */
const TARGETS_FONT_SIZE = 11;

/** Members as rows (the year's members, then anyone else who pledged), indicators with a target as columns. */
function targetsTable(input: OfficialDocumentInput, pledge: Pledge): DocTable | null {
  const used = new Set(pledge.targets.map((t) => t.indicatorId));
  const indicators = input.year.indicators.filter((d) => used.has(d.id));
  if (indicators.length === 0) return null;
  const short = shortNames(input.units);
  const memberIds = [...new Set([...input.year.memberIds, ...pledge.targets.map((t) => t.unitId)])];
  const target = new Map(pledge.targets.map((t) => [`${t.unitId}\u0000${t.indicatorId}`, t.target]));
  const values = memberIds.map((id) =>
    indicators.map((d) => {
      const value = target.get(`${id}\u0000${d.id}`);
      return value === undefined ? '—' : formatNumber(value);
    }),
  );
  // Indicator columns share the width by their longest value ("1.700.000.000" needs three times "168"), at least
  // MIN_CHARS each so their headers stay readable.
  const weights = indicators.map((_, j) => Math.max(MIN_CHARS, ...values.map((row) => (row[j] ?? '').length)));
  const total = weights.reduce((a, b) => a + b, 0);
  const free = 100 - NUMBER_WIDTH - NAME_WIDTH;
  return {
    kind: 'table',
    size: TARGETS_FONT_SIZE,
    columns: [
      { header: 'STT', width: NUMBER_WIDTH, align: 'center' },
      { header: 'Đơn vị', width: NAME_WIDTH, align: 'left', unitNames: true },
      ...indicators.map((d, j) => ({ header: indicatorHeader(d), width: (free * (weights[j] ?? 0)) / total, align: 'right' as const })),
    ],
    rows: memberIds.map((id, i) => [String(i + 1), short(id), ...(values[i] ?? [])]),
  };
}

/** One signature cell per member: unit in bold capitals, the signer's position, room to sign, name. */
function signatureCells(input: OfficialDocumentInput, pledge: Pledge, missing: string[]): CellContent[][] {
  const unit = unitNames(input.units);
  const memberIds = [...new Set([...input.year.memberIds, ...pledge.signatories.map((s) => s.unitId)])];
  const unsigned: string[] = [];
  const cells = memberIds.map((id) => {
    const signatory = pledge.signatories.find((s) => s.unitId === id);
    if (!signatory) unsigned.push(unit(id));
    return [
      ...unitNameLines(unit(id)).map((line) => centred(bold(line), FONT.header)),
      centred(signatory?.position ?? BLANK_LINE, FONT.header),
      // Three lines to sign (four in a letter): seven or eight blocks and "Nơi nhận" then fit one page.
      ...Array.from({ length: 3 }, () => paragraph('', { align: 'center' })),
      paragraph(bold(signatory?.person ?? BLANK_NAME), { align: 'center', after: 6 }),
    ];
  });
  if (unsigned.length > 0) missing.push(`Người ký và chức vụ của ${listText(unsigned)} (mục Giao ước thi đua).`);
  return cells;
}

/**
 * The last paragraph, the heading, the signature blocks two to a row and "Nơi nhận", in one grid kept on one page,
 * so no page holds signatures alone (for a cluster of up to about ten members; a larger one runs on, as it must).
 * The paragraph and the heading sit in the grid itself, full width: word processors keep rows of one table together
 * more reliably than a paragraph with the table after it (LibreOffice moved a too-tall table without its heading).
 */
function signatureLayout(lead: readonly CellContent[], cells: readonly CellContent[][], recipients: readonly string[]): DocLayout {
  const rows: CellContent[][][] = [[[...lead]]];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i] ?? [], cells[i + 1] ?? []]);
  return { kind: 'layout', widths: [50, 50], keepTogether: true, rows: [...rows, [recipientsCell(recipients), []]] };
}

export function pledgeDocument(input: OfficialDocumentInput, pledgeId: string): Result<OfficialDocument> {
  const { year, cluster } = input;
  const pledge = year.pledges.find((p) => p.id === pledgeId);
  if (!pledge) {
    return fail(`Năm ${year.year} không có giao ước «${pledgeId}». Nhập giao ước ở mục Giao ước thi đua.`);
  }
  const missing: string[] = [];
  const warnings: string[] = [];
  const kindName = KIND_NAME[pledge.kind];
  const place = pledge.place.trim();
  if (!place) missing.push('Địa điểm ký giao ước (mục Giao ước thi đua).');
  const where = place ? `, tại ${place}` : `, tại ${BLANK_LINE}`;
  const table = targetsTable(input, pledge);
  if (pledge.contents.length === 0) missing.push('Nội dung thi đua của giao ước (mục Giao ước thi đua).');
  const contents: DocBlock[] = pledge.contents.length > 0 ? pledge.contents.map((c, i) => body(`${i + 1}. ${c}`)) : [body(BLANK_LINE)];
  // A pledge has targets; a coordination programme may have none, and then has no targets section.
  const targets: DocBlock[] = table
    ? [heading('II. CHỈ TIÊU CÁC ĐƠN VỊ ĐĂNG KÝ'), table]
    : pledge.kind === 'pledge'
      ? [heading('II. CHỈ TIÊU CÁC ĐƠN VỊ ĐĂNG KÝ'), body(BLANK_LINE)]
      : [];
  if (!table && pledge.kind === 'pledge') missing.push('Chỉ tiêu các đơn vị đăng ký (mục Giao ước thi đua).');
  const organisation = targets.length > 0 ? 'III' : 'II';
  const notes = { missing, warnings };

  const blocks: DocBlock[] = [
    // Signed by all members, the pledge is the cluster's own: the cluster alone heads it, not a host unit.
    headerBlock({ issuerParent: '', issuer: cluster.name, placeDate: placeDateLine(placeForDateLine(place) || null, pledge.date) }),
    ...titleBlock(pledge.title, [`Giữa các đơn vị thành viên ${cluster.name}`]),
    ...legalBasisBlocks(year, pledge.date, cluster.name, notes),
    body(`Hôm nay, ${dateWords(pledge.date)}${where}, các đơn vị thành viên ${cluster.name} thống nhất ký kết ${kindName} năm ${pledge.forYear} với các nội dung sau:`),
    heading('I. NỘI DUNG THI ĐUA'),
    ...contents,
    ...targets,
    heading(`${organisation}. TỔ CHỨC THỰC HIỆN`),
    keptWithNext(body(
      `Các đơn vị thành viên quán triệt, triển khai thực hiện ${kindName}; định kỳ báo cáo kết quả với Cụm trưởng theo quy chế hoạt động của Cụm. Kết quả thực hiện là căn cứ chấm điểm, xếp hạng thi đua năm ${pledge.forYear}.`,
    )),
    signatureLayout(
      [
        body(`Văn bản này được lập thành ${year.memberIds.length} bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản./.`),
        paragraph(bold('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC'), { align: 'center', before: 12, after: 12 }),
      ],
      signatureCells(input, pledge, missing),
      [`${cluster.organisingBody} (để báo cáo);`, 'Các đơn vị thành viên Cụm;', 'Lưu: VT.'],
    ),
  ];
  return ok({
    kind: 'pledge',
    title: pledge.title,
    fileStem: safeFileStem(`${pledge.title} ${pledge.forYear}`.replace(/(\d{4}) \1$/u, '$1')),
    sections: [{ orientation: 'portrait', blocks }],
    missing: [...new Set(missing)],
    warnings,
  });
}
