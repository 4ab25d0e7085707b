/**
 * What `npm run evaluate` prints for one evaluated year: a Vietnamese table for people, or one JSON object for
 * scripts (docs/format.md, "Kiểm tra lại kết quả: npm run evaluate").
 */
import type { ClusterDocument } from '../../shared/interchange/cluster-document';
import type { YearEvaluation } from '../../shared/engine/evaluate-year';
import { formatPoints, pointsToNumber } from '../../shared/base/number-format';

export function jsonResult(evaluation: YearEvaluation, doc: ClusterDocument): Record<string, unknown> {
  const name = (id: string): string => doc.units.find((u) => u.id === id)?.name ?? id;
  return {
    year: evaluation.year,
    maxPoints: pointsToNumber(evaluation.maxPoints),
    ranking: evaluation.members.map((m) => ({
      unitId: m.unitId,
      unitName: m.unitName,
      total: pointsToNumber(m.total),
      rank: m.rank,
      tied: m.tied,
      reviewed: m.reviewed,
      band: m.band?.name ?? null,
    })),
    awards: evaluation.awards.tiers.map((t) => ({
      tierId: t.tierId,
      tierName: t.tierName,
      unitIds: t.unitIds,
      unitNames: t.unitIds.map(name),
      needsVote: t.status === 'needsVote',
      waiting: t.status === 'waiting',
      tiedUnitIds: t.tiedUnitIds,
      tiedUnitNames: t.tiedUnitIds.map(name),
    })),
    nextLeader: evaluation.nextLeader
      ? { unitId: evaluation.nextLeader.unitId, unitName: name(evaluation.nextLeader.unitId), source: evaluation.nextLeader.source }
      : null,
    warnings: evaluation.issues.filter((i) => i.severity === 'warning').map((i) => i.message),
  };
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function tableResult(evaluation: YearEvaluation, doc: ClusterDocument): string {
  const short = (id: string): string => {
    const unit = doc.units.find((u) => u.id === id);
    return unit?.shortName ?? unit?.name ?? id;
  };
  const tierName = new Map(evaluation.awards.tiers.map((t) => [t.tierId, t.tierName]));
  const waitingTier = evaluation.awards.tiers.find((t) => t.status === 'needsVote');
  const nameWidth = Math.max(8, ...evaluation.members.map((m) => m.unitName.length));
  const lines = [
    `${doc.cluster.name} — kết quả năm ${evaluation.year}`,
    `Điểm tối đa: ${formatPoints(evaluation.maxPoints)}`,
    '',
    `${pad('Hạng', 6)}${pad('Đơn vị', nameWidth + 2)}${pad('Tổng điểm', 11)}${pad('Thẩm định', 17)}Khen thưởng`,
  ];
  for (const m of evaluation.members) {
    const rank = `${m.rank}${m.tied ? '=' : ''}`;
    const tier = m.tierId ? (tierName.get(m.tierId) ?? m.tierId) : waitingTier?.tiedUnitIds.includes(m.unitId) ? 'cần biểu quyết' : '';
    const band = m.band ? ` [${m.band.name}]` : '';
    lines.push(`${pad(rank, 6)}${pad(m.unitName, nameWidth + 2)}${pad(formatPoints(m.total), 11)}${pad(m.reviewed ? 'đã thẩm định' : 'chưa thẩm định', 17)}${tier}${band}`);
  }
  lines.push('', 'Đề nghị khen thưởng:');
  for (const t of evaluation.awards.tiers) {
    const who = t.unitIds.map(short).join(', ');
    if (t.status === 'proposed') lines.push(`  ${t.tierName}: ${who || '(không có)'}`);
    else if (t.status === 'needsVote') lines.push(`  ${t.tierName}: ${who ? `${who}; ` : ''}CẦN BIỂU QUYẾT giữa ${t.tiedUnitIds.map(short).join(', ')}`);
    else lines.push(`  ${t.tierName}: chờ biểu quyết ở hình thức trên`);
  }
  for (const e of evaluation.awards.ineligible) lines.push(`  Không đủ điều kiện: ${short(e.unitId)} — ${e.reason}`);
  const next = evaluation.nextLeader;
  lines.push('', next ? `Cụm trưởng năm ${evaluation.year + 1}: ${short(next.unitId)} (${next.source === 'elected' ? 'được bầu' : 'đề xuất'}) — ${next.reason}` : `Cụm trưởng năm ${evaluation.year + 1}: chưa xác định.`);
  const tied = evaluation.members.some((m) => m.tied);
  if (tied) lines.push('Dấu "=" sau hạng: đồng hạng.');
  const warnings = evaluation.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0) lines.push('', `Lưu ý (${warnings.length}):`, ...warnings.map((w) => `  - ${w.message}`));
  return lines.join('\n');
}
