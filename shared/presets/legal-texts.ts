/**
 * The national texts on emulation and commendation shipped with the app (docs/domain.md, "Legal basis"), with the
 * number, the date signed and the dates in and out of effect that a document's citation is checked against. Data, not
 * rules: a year's rule set holds a copy of the texts it chose (RuleSet.legalTexts), and the cluster adds its own
 * regulation and any other text. Only texts whose number and dates could be checked are listed, each with where its
 * figures come from; where a figure could not be checked it is left out rather than guessed.
 */
import type { LegalText } from '../model/legal-texts';

export interface LegalTextPreset extends LegalText {
  /** Proposed as a legal basis of the cluster's documents (Nghị định 30/2020 governs their layout, not the awards). */
  readonly basis: boolean;
}

const preset = (text: Omit<LegalTextPreset, 'presetId'>): LegalTextPreset => ({ ...text, presetId: text.id });

export const LEGAL_TEXT_PRESETS: readonly LegalTextPreset[] = [
  // Passed by the National Assembly on 26/11/2003 (the date every "Căn cứ" line of 2004–2023 gives); in effect from
  // 01/7/2004 (its final article); replaced from 01/01/2024 by Luật 06/2022/QH15, which repeals it with its amendments.
  preset({
    id: 'luat-tdkt-2003',
    kind: 'law',
    number: '15/2003/QH11',
    title: 'Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    signedOn: '2003-11-26',
    effectiveFrom: '2004-07-01',
    supersededOn: '2024-01-01',
    basis: true,
  }),
  // Amending law passed on 14/6/2005. Documents cite it by its date ("Luật sửa đổi, bổ sung … ngày 14/6/2005"), as
  // here; neither its number nor its first day in effect could be checked offline, so both are left out (it then
  // counts from the day it was passed, long before any year this app handles). Repealed from 01/01/2024.
  preset({
    id: 'luat-tdkt-sua-doi-2005',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    signedOn: '2005-06-14',
    supersededOn: '2024-01-01',
    basis: true,
  }),
  // Amending law passed on 16/11/2013 (cited by its date in documents of 2014–2023, left without its number as
  // above); in effect from 01/6/2014; repealed from 01/01/2024.
  preset({
    id: 'luat-tdkt-sua-doi-2013',
    kind: 'law',
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    signedOn: '2013-11-16',
    effectiveFrom: '2014-06-01',
    supersededOn: '2024-01-01',
    basis: true,
  }),
  // Luật Thi đua, khen thưởng số 06/2022/QH15, passed on 15/6/2022, in effect from 01/01/2024 (docs/domain.md,
  // "Legal basis").
  preset({
    id: 'luat-tdkt-2022',
    kind: 'law',
    number: '06/2022/QH15',
    title: 'Luật Thi đua, khen thưởng',
    issuer: 'Quốc hội',
    signedOn: '2022-06-15',
    effectiveFrom: '2024-01-01',
    basis: true,
  }),
  // Nghị định 91/2017/NĐ-CP of 31/7/2017 detailing the 2003 law, in effect from 15/9/2017; replaced by Nghị định
  // 98/2023/NĐ-CP from 01/01/2024.
  preset({
    id: 'nd-91-2017',
    kind: 'decree',
    number: '91/2017/NĐ-CP',
    title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    issuer: 'Chính phủ',
    signedOn: '2017-07-31',
    effectiveFrom: '2017-09-15',
    supersededOn: '2024-01-01',
    basis: true,
  }),
  // Nghị định 98/2023/NĐ-CP of 31/12/2023, in effect from 01/01/2024 (docs/domain.md, "What makes a document safe to
  // send up"); replaced by Nghị định 152/2025/NĐ-CP from 01/7/2025 (Điều 59 of that decree names it with this title).
  preset({
    id: 'nd-98-2023',
    kind: 'decree',
    number: '98/2023/NĐ-CP',
    title: 'quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    issuer: 'Chính phủ',
    signedOn: '2023-12-31',
    effectiveFrom: '2024-01-01',
    supersededOn: '2025-07-01',
    basis: true,
  }),
  // Nghị định 152/2025/NĐ-CP of 14/6/2025, in effect from 01/7/2025 (its Điều 59). Its exact subject line could not
  // be checked offline, so it is cited by number, date and issuer only, a complete citation.
  preset({
    id: 'nd-152-2025',
    kind: 'decree',
    number: '152/2025/NĐ-CP',
    issuer: 'Chính phủ',
    signedOn: '2025-06-14',
    effectiveFrom: '2025-07-01',
    basis: true,
  }),
  // Nghị định 30/2020/NĐ-CP of 05/3/2020 on clerical work, in effect from the day it was signed: the layout every
  // document of the app follows (docs/domain.md, "Documents sent up"), not a basis for proposing awards.
  preset({
    id: 'nd-30-2020',
    kind: 'decree',
    number: '30/2020/NĐ-CP',
    title: 'về công tác văn thư',
    issuer: 'Chính phủ',
    signedOn: '2020-03-05',
    effectiveFrom: '2020-03-05',
    basis: false,
  }),
];

/** A preset as stored in a rule set: the text without the app's own flag. */
export function presetText(preset: LegalTextPreset): LegalText {
  const { basis: _basis, ...text } = preset;
  return text;
}
