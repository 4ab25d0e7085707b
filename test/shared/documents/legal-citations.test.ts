import { describe, expect, it } from 'vitest';
import { buildOfficialDocument } from '../../../shared/documents/build-document';
import { documentText } from '../../../shared/documents/document-model';
import { suggestedLegalTexts } from '../../../shared/edits/legal-texts';
import type { LegalText } from '../../../shared/model/legal-texts';
import { defaultRuleSet } from '../../../shared/model/rules';
import type { Year } from '../../../shared/model/year';
import { LEGAL_TEXT_PRESETS, presetText } from '../../../shared/presets/legal-texts';
import { citationOf, inEffectOn, legalBasisOn } from '../../../shared/views/legal-citations';
import { makeYear } from '../year-builder';
import { demoInput } from '../../documents/demo-documents';

const preset = (id: string): LegalText => {
  const found = LEGAL_TEXT_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return presetText(found);
};
const regulation: LegalText = { id: 'vb-1', kind: 'regulation', number: '01/QC-CTĐ', title: 'Quy chế hoạt động của Cụm thi đua', signedOn: '2023-03-15' };
const withTexts = (texts: LegalText[], year = 2024): Year => makeYear({ year, ruleSet: defaultRuleSet({ legalTexts: texts }) });

describe('a legal text is in effect from its first day until the day it is replaced', () => {
  it('Nghị định 98/2023: not on 31/12/2023, from 01/01/2024, no longer on 01/07/2025', () => {
    const nd98 = preset('nd-98-2023');
    expect(inEffectOn(nd98, '2023-12-01')).toBe(false);
    expect(inEffectOn(nd98, '2023-12-31')).toBe(false);
    expect(inEffectOn(nd98, '2024-01-01')).toBe(true);
    expect(inEffectOn(nd98, '2025-06-30')).toBe(true);
    expect(inEffectOn(nd98, '2025-07-01')).toBe(false);
    expect(inEffectOn(preset('nd-152-2025'), '2025-07-01')).toBe(true);
    // A regulation without a recorded start counts from the day it was signed.
    expect(inEffectOn(regulation, '2023-03-14')).toBe(false);
    expect(inEffectOn(regulation, '2023-03-15')).toBe(true);
  });

  it('is cited by name or by number, with its date and issuer', () => {
    expect(citationOf(preset('luat-tdkt-2022'))).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022');
    expect(citationOf(preset('nd-98-2023'))).toBe('Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng');
    expect(citationOf(preset('nd-152-2025'))).toBe('Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ');
    expect(citationOf(regulation)).toBe('Quy chế hoạt động của Cụm thi đua số 01/QC-CTĐ ngày 15/3/2023');
    expect(citationOf({ id: 'g', kind: 'guidance', number: '82/HD-MTTW-BTT', issuer: 'Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam', signedOn: '2017-05-10' })).toBe(
      'Hướng dẫn số 82/HD-MTTW-BTT ngày 10/5/2017 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam',
    );
  });
});

describe('the legal basis of a document is checked against its date', () => {
  it('cites laws, then decrees, then the cluster’s regulation, each in effect on the date', () => {
    const year = withTexts([regulation, preset('nd-98-2023'), preset('luat-tdkt-2022')]);
    expect(legalBasisOn(year, '2024-12-10')).toMatchObject({
      lines: [
        'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
        'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
        'Căn cứ Quy chế hoạt động của Cụm thi đua số 01/QC-CTĐ ngày 15/3/2023;',
      ],
      regulationMissing: false,
      leftOut: [],
      warnings: [],
    });
  });

  it('leaves out, with a clear warning, a chosen text not yet in effect (a 2024 pledge signed on 01/12/2023)', () => {
    const year = withTexts(suggestedLegalTexts(2024));
    const basis = legalBasisOn(year, '2023-12-01');
    expect(basis.lines).toEqual([]);
    expect(basis.leftOut).toEqual([
      'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022 chưa có hiệu lực vào ngày 01/12/2023 (hiệu lực từ 01/01/2024): không trích dẫn.',
      'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng chưa có hiệu lực vào ngày 01/12/2023 (hiệu lực từ 01/01/2024 đến hết 30/6/2025): không trích dẫn.',
    ]);
    expect(basis.warnings).toEqual([
      'Không văn bản nào trong căn cứ pháp lý của năm 2024 có hiệu lực vào ngày 01/12/2023: thêm văn bản có hiệu lực ngày đó ở mục Năm & quy tắc.',
    ]);
    // The pledge document prints neither, and shows the warnings before export.
    const [pledge] = demoInput(2024).year.pledges;
    if (!pledge) throw new Error('demo pledge missing');
    const doc = buildOfficialDocument({ kind: 'pledge', pledgeId: pledge.id }, demoInput(2024, (y) => ({ ...y, ruleSet: year.ruleSet })));
    if (!doc.ok) throw new Error(doc.message);
    expect(documentText(doc.value).join('\n')).not.toMatch(/98\/2023|06\/2022/u);
    expect(doc.value.warnings).toEqual([...basis.warnings, ...basis.leftOut]);
  });

  it('drops a replaced text silently when its successor is chosen: 2025 documents after 1 July cite Nghị định 152/2025', () => {
    const year = withTexts(suggestedLegalTexts(2025), 2025);
    expect(legalBasisOn(year, '2025-12-15').lines).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;',
    ]);
    expect(legalBasisOn(year, '2025-03-20').lines[1]).toMatch(/^Căn cứ Nghị định số 98\/2023\/NĐ-CP/u);
    expect(legalBasisOn(year, '2025-12-15').leftOut).toEqual([]);
  });

  it('asks for the cluster’s regulation, takes the year’s end when the date is not recorded, and never prints a free-text basis', () => {
    expect(legalBasisOn(withTexts(suggestedLegalTexts(2024)), '2024-12-10').regulationMissing).toBe(true);
    const undated = legalBasisOn(withTexts(suggestedLegalTexts(2024)), null);
    expect(undated.lines).toHaveLength(2);
    expect(undated.warnings).toEqual(['Văn bản chưa có ngày: căn cứ pháp lý được chọn theo các văn bản có hiệu lực ngày 31/12/2024; kiểm tra lại sau khi ghi ngày.']);
    const old = makeYear({ year: 2023, ruleSet: { ...defaultRuleSet(), legalTexts: undefined, legalBasis: 'Luật Thi đua, khen thưởng năm 2003; Nghị định số 91/2017/NĐ-CP' } });
    const basis = legalBasisOn(old, '2023-12-01');
    expect(basis.lines).toEqual([]);
    expect(basis.warnings[0]).toMatch(/^Căn cứ pháp lý của năm 2023 mới ghi bằng chữ \(«Luật Thi đua, khen thưởng năm 2003; Nghị định số 91\/2017\/NĐ-CP»\), chưa có số, ngày ban hành và ngày hiệu lực/u);
  });
});

describe('the dates of a text as lists and warnings show them', () => {
  it('says when a start is not recorded rather than showing the signing day as if it were', async () => {
    const { effectText } = await import('../../../shared/views/legal-citations');
    expect(effectText(preset('nd-98-2023'))).toBe('hiệu lực từ 01/01/2024 đến hết 30/6/2025');
    expect(effectText(preset('luat-tdkt-2022'))).toBe('hiệu lực từ 01/01/2024');
    expect(effectText(preset('luat-tdkt-sua-doi-2005'))).toBe('ngày có hiệu lực chưa ghi, tính từ ngày ban hành 14/6/2005 đến hết 31/12/2023');
    expect(effectText(regulation)).toBe('ngày có hiệu lực chưa ghi, tính từ ngày ban hành 15/3/2023');
  });
});
