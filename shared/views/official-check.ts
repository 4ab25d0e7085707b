/**
 * The pre-export check of the award proposal list, as the Word annex and the Excel list both print it (docs/domain.md,
 * "What makes a document safe to send up"): what is not recorded and will print as a blank, and what else to check
 * before sending. The Word documents build the same lines as they lay out (shared/documents/); the Excel export takes
 * them from here, so both list the same facts in the same words.
 */
import type { YearEvaluation } from '../engine/evaluate-year';
import type { Year } from '../model/year';
import { proposalList } from './proposal-list';
import { MEETING_SCREEN, officialFacts, signerMissing, type OfficialContext } from './official-facts';

export interface OfficialCheck {
  /** Facts not recorded: printed as dotted blanks to fill in by hand (the export still works). */
  readonly missing: readonly string[];
  /** Other things to check before sending. */
  readonly warnings: readonly string[];
}

export function proposalListCheck(year: Year, evaluation: YearEvaluation, context: OfficialContext): OfficialCheck {
  const facts = officialFacts(year, 'proposalList', context);
  const letter = officialFacts(year, 'proposalLetter', context);
  const list = proposalList(year, evaluation);
  const missing = [...facts.missing];
  if (!facts.signer.name) missing.push(signerMissing(facts.signer));
  if (!letter.number) missing.push(`Số của tờ trình mà danh sách kèm theo («Kèm theo Tờ trình số …»), ${MEETING_SCREEN}.`);
  const summaries = new Set((year.yearEndReview?.achievements ?? []).map((a) => a.unitId));
  const without = list.rows.filter((r) => !summaries.has(r.unitId)).length;
  if (without > 0) missing.push(`Tóm tắt thành tích của ${without} đơn vị được đề nghị khen thưởng (${MEETING_SCREEN}).`);
  const warnings: string[] = [];
  if (!evaluation.ok) warnings.push('Kết quả còn tạm tính: dữ liệu của năm còn lỗi (xem mục Xếp hạng). Sửa trước khi gửi văn bản.');
  warnings.push(...list.pending.map((p) => `Chưa hoàn tất đề nghị khen thưởng: ${p}`));
  const unvoted = list.rows.filter((r) => r.agreeShare === null).length;
  if (unvoted > 0) warnings.push(`Chưa có kết quả biểu quyết cho ${unvoted} đơn vị được đề nghị (mục Biểu quyết): cột tỷ lệ phiếu để trống.`);
  return { missing: [...new Set(missing)], warnings };
}
