import { describe, expect, test } from 'vitest';
import {
  adoptRecognisedTexts,
  carriedLegalTexts,
  newLegalTextId,
  recognisedLegalTexts,
  removeFreeTextBasis,
  removeLegalText,
  saveLegalText,
  setPresetChosen,
  suggestedLegalTexts,
  type LegalTextDraft,
} from '../../../shared/edits/legal-texts';
import { LEGAL_TEXT_PRESETS, presetText } from '../../../shared/presets/legal-texts';
import { LegalTextSchema } from '../../../shared/model/legal-texts';
import { defaultRuleSet } from '../../../shared/model/rules';
import { YearSchema } from '../../../shared/model/year';
import { makeYear } from '../year-builder';
import { expectOk, expectRefused } from './helpers';

const regulation: LegalTextDraft = {
  id: 'vb-1',
  kind: 'regulation',
  number: '01/QC-CTĐ',
  title: 'Quy chế hoạt động của Cụm thi đua',
  issuer: '',
  signedOn: '2023-03-15',
  effectiveFrom: '',
  supersededOn: '',
};

describe('shipped legal texts', () => {
  test('every preset is a valid dated text with a unique id', () => {
    for (const preset of LEGAL_TEXT_PRESETS) expect(LegalTextSchema.safeParse(presetText(preset)).success, preset.id).toBe(true);
    expect(new Set(LEGAL_TEXT_PRESETS.map((p) => p.id)).size).toBe(LEGAL_TEXT_PRESETS.length);
  });

  test('a year gets the texts in force during it: 2003 law and 91/2017 until 2023, 06/2022 with 98/2023 then 152/2025', () => {
    expect(suggestedLegalTexts(2023).map((t) => t.presetId)).toEqual(['luat-tdkt-2003', 'luat-tdkt-sua-doi-2005', 'luat-tdkt-sua-doi-2013', 'nd-91-2017']);
    expect(suggestedLegalTexts(2024).map((t) => t.presetId)).toEqual(['luat-tdkt-2022', 'nd-98-2023']);
    expect(suggestedLegalTexts(2025).map((t) => t.presetId)).toEqual(['luat-tdkt-2022', 'nd-98-2023', 'nd-152-2025']);
    expect(suggestedLegalTexts(2026).map((t) => t.presetId)).toEqual(['luat-tdkt-2022', 'nd-152-2025']);
  });

  test('a copied year drops texts no longer in force and adds those coming into force', () => {
    const from2024 = [...suggestedLegalTexts(2024), { id: 'vb-1', kind: 'regulation' as const, number: '01/QC-CTĐ', title: regulation.title, signedOn: '2023-03-15' }];
    expect(carriedLegalTexts(from2024, 2025).map((t) => t.presetId ?? t.id)).toEqual(['luat-tdkt-2022', 'nd-98-2023', 'vb-1', 'nd-152-2025']);
    expect(carriedLegalTexts(carriedLegalTexts(from2024, 2025), 2026).map((t) => t.presetId ?? t.id)).toEqual(['luat-tdkt-2022', 'vb-1', 'nd-152-2025']);
  });
});

describe('choosing and typing legal texts', () => {
  test('presets are chosen and dropped; a new rule set starts with none', () => {
    expect(defaultRuleSet().legalTexts).toEqual([]);
    const year = makeYear({ year: 2024 });
    const one = expectOk(setPresetChosen('nd-98-2023', true)(year));
    const two = expectOk(setPresetChosen('luat-tdkt-2022', true)(one));
    expect(two.ruleSet.legalTexts?.map((t) => t.presetId)).toEqual(['luat-tdkt-2022', 'nd-98-2023']);
    expect(setPresetChosen('nd-98-2023', true)(two)).toEqual({ ok: true, value: two });
    expect(expectOk(setPresetChosen('nd-98-2023', false)(two)).ruleSet.legalTexts?.map((t) => t.presetId)).toEqual(['luat-tdkt-2022']);
    expectRefused(setPresetChosen('nd-1-1990', true), year, 'Không có văn bản «nd-1-1990» trong danh mục của ứng dụng.');
    expect(YearSchema.safeParse(two).success).toBe(true);
  });

  test('the cluster’s regulation needs a number and a date; dates must be in order', () => {
    const year = makeYear({ year: 2024 });
    const saved = expectOk(saveLegalText(regulation)(year));
    expect(saved.ruleSet.legalTexts).toEqual([{ id: 'vb-1', kind: 'regulation', number: '01/QC-CTĐ', title: 'Quy chế hoạt động của Cụm thi đua', signedOn: '2023-03-15' }]);
    expect(newLegalTextId(saved)).toBe('vb-2');
    expectRefused(saveLegalText({ ...regulation, number: '' }), year, 'Ghi số của quy chế (hoặc của quyết định ban hành quy chế), ví dụ 01/QC-CTĐ');
    expectRefused(saveLegalText({ ...regulation, signedOn: '' }), year, 'Ghi ngày ban hành của quy chế (ngày ký)');
    expectRefused(saveLegalText({ ...regulation, signedOn: '2023-02-30' }), year, 'Ngày phải là một ngày hợp lệ (ngày/tháng/năm).');
    expectRefused(saveLegalText({ ...regulation, effectiveFrom: '2023-01-01' }), year, 'Ngày có hiệu lực không thể trước ngày ban hành.');
    expectRefused(saveLegalText({ ...regulation, supersededOn: '2023-03-15' }), year, 'Ngày hết hiệu lực phải sau ngày có hiệu lực.');
    expectRefused(saveLegalText({ ...regulation, title: ' ' }), year, 'Phải ghi tên văn bản');
    expectRefused(saveLegalText({ ...regulation, id: 'vb-2' }), saved, 'Đã có quy chế số 01/QC-CTĐ trong danh sách căn cứ.');
    const edited = expectOk(saveLegalText({ ...regulation, number: '02/QC-CTĐ' })(saved));
    expect(edited.ruleSet.legalTexts?.[0]?.number).toBe('02/QC-CTĐ');
    expect(expectOk(removeLegalText('vb-1')(edited)).ruleSet.legalTexts).toEqual([]);
    const preset = expectOk(setPresetChosen('nd-98-2023', true)(year));
    expectRefused(saveLegalText({ ...regulation, id: 'nd-98-2023', kind: 'decree' }), preset, 'Văn bản có sẵn của ứng dụng không sửa được');
  });
});

describe('years whose basis is free text (files before the dated list)', () => {
  test('the shipped texts it names are recognised and adopted; the free text stays until removed', () => {
    const old = 'Luật Thi đua, khen thưởng năm 2003 (sửa đổi, bổ sung năm 2005, 2013); Nghị định số 91/2017/NĐ-CP; quy chế hoạt động của cụm.';
    expect(recognisedLegalTexts(old).map((t) => t.presetId)).toEqual(['luat-tdkt-2003', 'luat-tdkt-sua-doi-2005', 'luat-tdkt-sua-doi-2013', 'nd-91-2017']);
    expect(recognisedLegalTexts('Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP').map((t) => t.presetId)).toEqual(['luat-tdkt-2022', 'nd-98-2023']);
    const year = makeYear({ ruleSet: { ...defaultRuleSet(), legalTexts: undefined, legalBasis: old } });
    expect(YearSchema.safeParse(year).success).toBe(true);
    expectRefused(removeFreeTextBasis(), year, 'Chọn ít nhất một văn bản làm căn cứ trước khi bỏ căn cứ ghi bằng chữ.');
    const adopted = expectOk(adoptRecognisedTexts()(year));
    expect(adopted.ruleSet.legalTexts).toHaveLength(4);
    expect(adopted.ruleSet.legalBasis).toBe(old);
    expect(expectOk(removeFreeTextBasis()(adopted)).ruleSet.legalBasis).toBeUndefined();
    expectRefused(adoptRecognisedTexts(), makeYear({ ruleSet: { ...defaultRuleSet(), legalBasis: 'quy chế của cụm' } }), 'không nêu số văn bản nào mà ứng dụng biết');
  });
});
