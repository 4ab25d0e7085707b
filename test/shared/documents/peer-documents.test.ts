import { describe, expect, it } from 'vitest';
import { buildOfficialDocument } from '../../../shared/documents/build-document';
import { documentText } from '../../../shared/documents/document-model';
import type { PeerScore } from '../../../shared/model/scores';
import type { Year } from '../../../shared/model/year';
import { buildExport } from '../../../shared/excel/year-workbook';
import { demoInput, demo } from '../../documents/demo-documents';
import { exportInput } from '../../excel/demo-data';

/**
 * A peer-scored year's documents and workbooks say the scoring was by peers (chấm chéo), and mention the trimmed
 * mean only when a consolidated score was in fact trimmed (docs/domain.md, "Peer scoring"; "Nothing is printed that
 * is not a fact").
 */
function peerYear(scorersPerCell: number, trim: boolean) {
  return (y: Year): Year => {
    const peerScores: PeerScore[] = [];
    for (const s of y.scores) {
      const scorers = y.memberIds.filter((id) => id !== s.unitId).slice(0, scorersPerCell);
      scorers.forEach((scorerId, i) => peerScores.push({ scorerId, unitId: s.unitId, criterionId: s.criterionId, points: Math.max(0, (s.reviewed ?? s.self ?? 0) - (i % 2) * 10) }));
    }
    return { ...y, ruleSet: { ...y.ruleSet, scoringMode: 'peer', peerTrim: trim }, scores: [], peerScores };
  };
}
const textOf = (kind: 'minutes' | 'proposalLetter', change: (y: Year) => Year) => {
  const built = buildOfficialDocument({ kind }, demoInput(2023, change));
  if (!built.ok) throw new Error(built.message);
  return documentText(built.value).join('\n');
};
const sheetText = (change: (y: Year) => Year) => {
  const year = change(demo.year(2023));
  const file = buildExport('summary', exportInput(demo, year));
  return file.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => (typeof c?.v === 'string' ? c.v : '')))).join('\n');
};

describe('documents of a peer-scored year', () => {
  it('the minutes and the proposal letter say the scores were given by peers, with the trimmed mean when it applied', () => {
    for (const kind of ['minutes', 'proposalLetter'] as const) {
      const text = textOf(kind, peerYear(6, true));
      expect(text).toContain('do các đơn vị thành viên chấm chéo (mỗi đơn vị chấm các đơn vị khác, không tự chấm)');
      expect(text).toContain('sau khi bỏ một điểm cao nhất và một điểm thấp nhất, làm tròn đến hai chữ số thập phân.');
    }
  });

  it('no trimmed mean is mentioned when none applied (fewer than 5 scorers, or trimming off)', () => {
    for (const change of [peerYear(4, true), peerYear(6, false)]) {
      const text = textOf('minutes', change);
      expect(text).toContain('chấm chéo');
      expect(text).not.toContain('bỏ một điểm cao nhất');
    }
  });

  it('a reviewed year says nothing of peers', () => {
    expect(textOf('minutes', (y) => y)).not.toContain('chấm chéo');
    expect(textOf('proposalLetter', (y) => y)).not.toContain('chấm chéo');
    expect(sheetText((y) => y)).not.toContain('chấm chéo');
  });

  it('the detailed score sheets say what each peer-scored criterion is the mean of', () => {
    const year = peerYear(6, true)(demo.year(2023));
    const file = buildExport('details', exportInput(demo, year));
    const text = file.workbook.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => (typeof c?.v === 'string' ? c.v : ''))));
    expect(text).toContain('Trung bình chấm chéo của 4 điểm (trong 6 điểm, bỏ một điểm cao nhất và một điểm thấp nhất)');
  });

  it('the score summary workbook carries the same sentence under its table', () => {
    expect(sheetText(peerYear(6, true))).toContain('chấm chéo (mỗi đơn vị chấm các đơn vị khác, không tự chấm); điểm của mỗi đơn vị ở mỗi tiêu chí là trung bình cộng điểm các đơn vị khác chấm, sau khi bỏ một điểm cao nhất và một điểm thấp nhất');
  });
});
