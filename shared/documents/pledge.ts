/**
 * Giao ước thi đua (pledge) or chương trình phối hợp (docs/domain.md, "Glossary"): its contents, the
 * targets each member pledged per indicator, and a signature block for every member. Printed from the pledge as
 * recorded in the year (shared/model/pledges.ts); the date line is the pledge's own date and place.
 */
import { placeDateLine, placeForDateLine } from '../views/official-conventions';
import type { IndicatorDef } from '../model/criteria';
import type { Pledge } from '../model/pledges';
import { formatNumber } from '../base/number-format';
import { fail, ok, type Result } from '../base/result';
import { safeFileStem } from '../base/file-names';
import { dateWords, documentHeader, legalBasisLine, shortNames, unitNames, type OfficialDocumentInput } from './document-input';
import {
  BLANK_NAME,
  FONT,
  body,
  bold,
  centred,
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
      { header: 'Đơn vị', width: NAME_WIDTH, align: 'left' },
      ...indicators.map((d, j) => ({ header: indicatorHeader(d), width: (free * (weights[j] ?? 0)) / total, align: 'right' as const })),
    ],
    rows: memberIds.map((id, i) => [String(i + 1), short(id), ...(values[i] ?? [])]),
  };
}

/** One signature cell per member, two to a row: unit in bold capitals, the signer's position, room, name. */
function signatures(input: OfficialDocumentInput, pledge: Pledge, warnings: string[]): DocLayout {
  const unit = unitNames(input.units);
  const memberIds = [...new Set([...input.year.memberIds, ...pledge.signatories.map((s) => s.unitId)])];
  const cells: CellContent[][] = memberIds.map((id) => {
    const signatory = pledge.signatories.find((s) => s.unitId === id);
    if (!signatory) warnings.push(`Chưa ghi người ký giao ước của ${unit(id)} (mục Giao ước thi đua).`);
    return [
      ...unitNameLines(unit(id)).map((line) => centred(bold(line), FONT.header)),
      centred(signatory?.position ?? '', FONT.header),
      ...Array.from({ length: 4 }, () => paragraph('', { align: 'center' })),
      paragraph(bold(signatory?.person ?? BLANK_NAME), { align: 'center', after: 18 }),
    ];
  });
  const rows: CellContent[][][] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push([cells[i] ?? [], cells[i + 1] ?? []]);
  return { kind: 'layout', widths: [50, 50], rows };
}

export function pledgeDocument(input: OfficialDocumentInput, pledgeId: string): Result<OfficialDocument> {
  const { year, document } = input;
  const pledge = year.pledges.find((p) => p.id === pledgeId);
  if (!pledge) {
    return fail(`Năm ${year.year} không có giao ước «${pledgeId}». Nhập giao ước ở mục Giao ước thi đua.`);
  }
  const warnings: string[] = [];
  const kindName = KIND_NAME[pledge.kind];
  const place = pledge.place.trim();
  if (!place) warnings.push('Giao ước chưa ghi địa điểm ký.');
  const basis = legalBasisLine(year);
  const where = place ? `, tại ${place}` : '';
  const table = targetsTable(input, pledge);
  const contents: DocBlock[] =
    pledge.contents.length > 0
      ? pledge.contents.map((c, i) => body(`${i + 1}. ${c}`))
      : [body('(Chưa ghi nội dung thi đua.)')];
  if (pledge.contents.length === 0) warnings.push('Giao ước chưa có nội dung thi đua.');

  const blocks: DocBlock[] = [
    documentHeader(input, placeDateLine(placeForDateLine(pledge.place), pledge.date)),
    ...titleBlock(pledge.title, [`Giữa các đơn vị thành viên ${document.clusterName}`]),
    ...(basis ? [body(basis)] : []),
    body(
      `Hôm nay, ${dateWords(pledge.date)}${where}, các đơn vị thành viên ${document.clusterName} thống nhất ký kết ${kindName} năm ${pledge.forYear} với các nội dung sau:`,
    ),
    paragraph(bold('I. NỘI DUNG THI ĐUA'), { before: 6, after: 6 }),
    ...contents,
    paragraph(bold('II. CHỈ TIÊU CÁC ĐƠN VỊ ĐĂNG KÝ'), { before: 6, after: 6 }),
    ...(table ? [table] : [body('Không đăng ký chỉ tiêu định lượng.')]),
    paragraph(bold('III. TỔ CHỨC THỰC HIỆN'), { before: 12, after: 6 }),
    body(
      `Các đơn vị thành viên quán triệt, triển khai thực hiện ${kindName}; định kỳ báo cáo kết quả với Cụm trưởng theo quy chế hoạt động của Cụm. Kết quả thực hiện là căn cứ chấm điểm, xếp hạng thi đua năm ${pledge.forYear}.`,
    ),
    body(`Văn bản này được lập thành ${year.memberIds.length} bản có giá trị như nhau, mỗi đơn vị thành viên giữ 01 bản./.`),
    paragraph(bold('ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC'), { align: 'center', before: 12, after: 12 }),
    signatures(input, pledge, warnings),
    { kind: 'layout', widths: [50, 50], rows: [[recipientsCell(['Ủy ban Trung ương MTTQ Việt Nam (để báo cáo);', 'Các đơn vị thành viên Cụm;', 'Lưu: VT.']), []]] },
  ];
  return ok({
    kind: 'pledge',
    title: pledge.title,
    fileStem: safeFileStem(`${pledge.title} ${pledge.forYear}`.replace(/(\d{4}) \1$/u, '$1')),
    sections: [{ orientation: 'portrait', blocks }],
    warnings,
  });
}
