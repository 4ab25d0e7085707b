/**
 * Field-by-field differences of a year's set-up records in a hand-over plan (members, leadership, rule set, criteria
 * table, indicators, meetings, election, hand-over, notes): each changed criterion, tier or rule named, with both
 * values in Vietnamese (docs/format.md, "Receiving a hand-over file"). Meetings: handover-meeting-fields.ts.
 */
import { canonicalJson } from '../engine/audit-chain';
import { formatPoints } from '../base/number-format';
import { DEFAULT_ROBUSTNESS_DELTA } from '../edits/robustness';
import type { Criterion } from '../model/criteria';
import type { LegalText } from '../model/legal-texts';
import type { RuleSet } from '../model/rules';
import type { Year } from '../model/year';
import { clip, date, plainText, yesNo, type FieldChange, type LabelContext } from './handover-labels';
import { quarterlyReviewChanges, yearEndReviewChanges } from './handover-meeting-fields';
import type { DocRecord } from './handover-records';

const differs = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) !== canonicalJson(b ?? null);

function change(name: string, local: string | null, file: string | null): FieldChange {
  return { name, local, file };
}

/** Entries of two keyed lists that differ, each as one change written by `text`. */
function keyedChanges<T>(local: readonly T[], file: readonly T[], key: (t: T) => string, name: (t: T) => string, text: (t: T) => string): FieldChange[] {
  const a = new Map(local.map((t) => [key(t), t]));
  const b = new Map(file.map((t) => [key(t), t]));
  const out: FieldChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k);
    const y = b.get(k);
    if (x !== undefined && y !== undefined && !differs(x, y)) continue;
    out.push(change(name((y ?? x) as T), x === undefined ? null : text(x), y === undefined ? null : text(y)));
  }
  return out;
}

function criterionText(c: Criterion): string {
  const kind = { graded: 'chấm tay', indicator: 'theo chỉ tiêu', bonus: 'điểm thưởng', penalty: 'điểm trừ' }[c.kind];
  const max = 'max' in c ? `, tối đa ${formatPoints(c.max)}` : c.kind === 'bonus' && c.cap !== undefined ? `, trần ${formatPoints(c.cap)}` : '';
  const required = c.kind === 'graded' && c.required ? ', bắt buộc' : '';
  return clip(`«${c.name}» (${kind}${max}${required})`);
}

const RULE_NAMES: Record<keyof RuleSet, string> = {
  legalTexts: 'Văn bản căn cứ',
  legalBasis: 'Căn cứ pháp lý (ghi bằng chữ)',
  effectiveDate: 'Ngày áp dụng',
  bonusCap: 'Trần điểm thưởng',
  scoringMode: 'Cách chấm',
  peerTrim: 'Bỏ điểm cao nhất, thấp nhất',
  tieBreaks: 'Tiêu chí phụ xếp hạng',
  voteThreshold: 'Ngưỡng biểu quyết',
  bands: 'Mức xếp loại',
  awardTiers: 'Hình thức khen thưởng',
  leaderPolicy: 'Quy chế luân phiên cụm trưởng',
};

function ruleText(field: keyof RuleSet, rules: RuleSet, ctx: LabelContext): string {
  switch (field) {
    case 'effectiveDate':
      return date(rules.effectiveDate);
    case 'legalTexts': {
      const texts: readonly LegalText[] = rules.legalTexts ?? [];
      return texts.length === 0 ? 'không có' : clip(texts.map((x) => x.number ?? x.title ?? x.id).join('; '));
    }
    case 'bonusCap':
      return rules.bonusCap === null ? 'không giới hạn' : `${formatPoints(rules.bonusCap)} điểm`;
    case 'scoringMode':
      return rules.scoringMode === 'peer' ? 'chấm chéo' : 'thẩm định';
    case 'peerTrim':
      return yesNo(rules.peerTrim);
    case 'voteThreshold':
      return rules.voteThreshold.kind === 'atLeast' ? `từ ${rules.voteThreshold.percent} % trở lên` : 'quá nửa số có mặt';
    case 'bands':
      return rules.bands.length === 0 ? 'không có' : rules.bands.map((b) => b.name).join('; ');
    case 'awardTiers':
      return rules.awardTiers.map((t) => `${t.name} (${t.quota.kind === 'count' ? t.quota.count : t.quota.kind === 'share' ? `${t.quota.percent} %` : 'còn lại'})`).join('; ');
    case 'leaderPolicy': {
      const p = rules.leaderPolicy;
      if (p.kind === 'fixedOrder') return `theo thứ tự: ${p.order.map(ctx.unit).join(', ')}`;
      if (p.kind === 'highestRankedNotLedRecently') return `xếp hạng cao nhất chưa làm cụm trưởng trong ${p.years} năm`;
      return 'cụm phó làm cụm trưởng';
    }
    default:
      return plainText(rules[field]);
  }
}

type Obj = Record<string, unknown> | null;

/** Fields of a small object (meeting, election, hand-over) by name, with their writers. */
function objectChanges(local: Obj, file: Obj, specs: readonly (readonly [string, string, (v: unknown) => string])[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [key, name, write] of specs) {
    const a = local?.[key];
    const b = file?.[key];
    if (!differs(a, b)) continue;
    out.push(change(name, local === null ? null : write(a ?? null), file === null ? null : write(b ?? null)));
  }
  return out;
}

export function setupChanges(record: DocRecord, local: unknown, file: unknown, ctx: LabelContext): FieldChange[] {
  const unit = (v: unknown) => (typeof v === 'string' ? ctx.unit(v) : '—');
  const day = (v: unknown) => (typeof v === 'string' ? date(v) : '—');
  const text = (v: unknown) => plainText(v);
  switch (record.field) {
    case 'members': {
      const a = (local ?? []) as string[];
      const b = (file ?? []) as string[];
      const onlyA = a.filter((id) => !b.includes(id)).map(ctx.unit);
      const onlyB = b.filter((id) => !a.includes(id)).map(ctx.unit);
      const side = (ids: string[], extra: string[]) => `${ids.length} đơn vị${extra.length > 0 ? `, có ${extra.join(', ')}` : ''}`;
      return [change('Thành viên', local === undefined ? null : side(a, onlyA), file === undefined ? null : side(b, onlyB))];
    }
    case 'leadership':
      return objectChanges((local ?? null) as Obj, (file ?? null) as Obj, [['leaderId', 'Cụm trưởng', unit], ['deputyId', 'Cụm phó', unit]]);
    case 'ruleSet': {
      const a = local as RuleSet | undefined;
      const b = file as RuleSet | undefined;
      return (Object.keys(RULE_NAMES) as (keyof RuleSet)[])
        .filter((k) => differs(a?.[k], b?.[k]))
        .map((k) => change(RULE_NAMES[k], a ? ruleText(k, a, ctx) : null, b ? ruleText(k, b, ctx) : null));
    }
    case 'sections': {
      const a = (local ?? []) as Year['sections'];
      const b = (file ?? []) as Year['sections'];
      return [
        ...keyedChanges(a, b, (s) => s.id, (s) => `Mục ${s.code}`, (s) => clip(`«${s.name}», ${s.criteria.length} tiêu chí`)),
        ...keyedChanges(a.flatMap((s) => s.criteria), b.flatMap((s) => s.criteria), (c) => c.id, (c) => `Tiêu chí ${c.code}`, criterionText),
      ];
    }
    case 'indicators':
      return keyedChanges((local ?? []) as Year['indicators'], (file ?? []) as Year['indicators'], (d) => d.id, (d) => `Chỉ tiêu «${d.name}»`, (d) => `${d.name} (${d.unitLabel})`);
    case 'yearEndReview':
      return yearEndReviewChanges(local, file, ctx);
    case 'quarterlyReviews':
      return quarterlyReviewChanges(local, file, ctx);
    case 'election':
      return objectChanges((local ?? null) as Obj, (file ?? null) as Obj, [
        ['leaderId', 'Cụm trưởng được bầu', unit],
        ['deputyId', 'Cụm phó được bầu', unit],
        ['acclaimed', 'Suy tôn', (v) => yesNo(v)],
        ['ballotIds', 'Phiếu bầu', text],
      ]);
    case 'handOver':
      return objectChanges((local ?? null) as Obj, (file ?? null) as Obj, [
        ['date', 'Ngày bàn giao', day],
        ['place', 'Địa điểm', text],
        ['fromUnitId', 'Đơn vị giao', unit],
        ['toUnitId', 'Đơn vị nhận', unit],
        ['rotatingFlag', 'Cờ luân lưu', (v) => (v === true ? 'đã trao' : 'chưa trao')],
        ['note', 'Ghi chú', text],
      ]);
    case 'robustnessDelta': {
      const delta = (v: unknown) => `±${formatPoints(typeof v === 'number' ? v : DEFAULT_ROBUSTNESS_DELTA)} điểm`;
      return [change('Sai số δ của độ vững thứ hạng', local === undefined ? null : delta(local), file === undefined ? null : delta(file))];
    }
    case 'notes': {
      const list = (v: unknown) => (Array.isArray(v) ? clip(v.join(' · ')) : '—');
      return [change('Ghi chú của năm', local === undefined ? null : list(local), file === undefined ? null : list(file))];
    }
    default:
      return [];
  }
}
