import { describe, expect, it } from 'vitest';
import { evaluateYear } from '../../../shared/engine/evaluate-year';
import { buildOfficialDocument } from '../../../shared/documents/build-document';
import { documentText } from '../../../shared/documents/document-model';
import type { Year } from '../../../shared/model/year';
import { BLANK_LINE } from '../../../shared/views/official-conventions';
import { demo, demoInput } from '../../documents/demo-documents';

// docs/domain.md, "Elections and the next leader": no document names a leader who was not elected.
function minutesOf(year: Year): { text: string; missing: readonly string[] } {
  const input = { ...demoInput(2023), year, evaluation: evaluateYear(year, demo.context) };
  const built = buildOfficialDocument({ kind: 'minutes' }, input);
  if (!built.ok) throw new Error(built.message);
  return { text: documentText(built.value).join('\n'), missing: built.value.missing };
}

describe('minutes and the election ballot', () => {
  it('a leader ballot below the threshold is printed as "Không thông qua", never as an election', () => {
    const y2023 = demo.year(2023);
    const failed: Year = {
      ...y2023,
      election: { leaderId: 'u-bac-kan', ballotIds: ['b-2023-leader'] },
      ballots: y2023.ballots.map((b) => (b.subject.kind === 'leader' ? { ...b, agree: 3, disagree: 4 } : b)),
    };
    const { text, missing } = minutesOf(failed);
    expect(text).not.toContain('làm Cụm trưởng Cụm thi đua');
    expect(text).toContain(`Cụm trưởng năm 2024: ${BLANK_LINE}`);
    expect(missing).toContain('Kết quả bầu Cụm trưởng năm sau (mục Luân phiên cụm trưởng).');
  });

  it('the demo\'s acclaim (7 of 7 present) is printed as "thống nhất suy tôn"', () => {
    expect(minutesOf(demo.year(2023)).text).toContain('Hội nghị thống nhất suy tôn Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn làm Cụm trưởng');
  });
});
