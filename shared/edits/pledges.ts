/**
 * Pledges (giao ước thi đua) and coordination programmes (chương trình phối hợp) of a year. docs/domain.md, "The
 * yearly cycle": date, place, contents (commitments), per-member targets, signatories, optional scan. Checked by
 * shared/engine/pledges.ts validatePledge against the year's members and indicators; a refused pledge changes nothing.
 */
import { validatePledge } from '../engine/pledges';
import type { MergerEvent, Unit } from '../model/units';
import { PledgeSchema, type Attachment, type Pledge } from '../model/pledges';
import type { Year } from '../model/year';
import { fail, ok, type Result } from '../base/result';

type Change = (year: Year) => Result<Year>;

/** The largest scan kept with a record ("size limit 20 MB"). */
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;

export interface PledgeContext {
  units?: readonly Unit[];
  mergers?: readonly MergerEvent[];
}

export function newPledgeId(year: Year, kind: Pledge['kind']): string {
  const base = `${kind}-${year.year}`;
  let id = base;
  for (let n = 2; year.pledges.some((p) => p.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

/** An empty pledge or programme of the year, to fill in. */
export function blankPledge(year: Year, kind: Pledge['kind']): Pledge {
  return {
    id: newPledgeId(year, kind),
    kind,
    forYear: year.year,
    title: kind === 'pledge' ? `Giao ước thi đua năm ${year.year}` : `Chương trình phối hợp năm ${year.year}`,
    date: `${year.year - 1}-12-01`,
    place: '',
    contents: [],
    targets: [],
    signatories: [],
  };
}

/** Adds or replaces a pledge (same id); blank commitments are dropped, everything else is checked, not fixed. */
export const savePledge =
  (pledge: Pledge, ctx: PledgeContext = {}): Change =>
  (year) => {
    const clean: Pledge = {
      ...pledge,
      title: pledge.title.trim(),
      place: pledge.place.trim(),
      contents: pledge.contents.map((c) => c.trim()).filter((c) => c !== ''),
      signatories: pledge.signatories.map((s) => ({ ...s, person: s.person.trim(), position: s.position.trim() })),
    };
    const parsed = PledgeSchema.safeParse(clean);
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => i.message);
    if (clean.forYear !== year.year) problems.push(`Giao ước này cho năm ${clean.forYear}, không phải năm ${year.year}.`);
    problems.push(
      ...validatePledge(clean, {
        memberIds: year.memberIds,
        indicators: year.indicators,
        ...(ctx.units ? { units: ctx.units } : {}),
        ...(ctx.mergers ? { mergers: ctx.mergers } : {}),
      }),
    );
    if (problems.length > 0) return fail(problems.join(' '));
    const exists = year.pledges.some((p) => p.id === clean.id);
    const pledges = exists ? year.pledges.map((p) => (p.id === clean.id ? clean : p)) : [...year.pledges, clean];
    return ok({ ...year, pledges });
  };

export const removePledge =
  (pledgeId: string): Change =>
  (year) => {
    if (!year.pledges.some((p) => p.id === pledgeId)) return fail('Không có giao ước này.');
    return ok({ ...year, pledges: year.pledges.filter((p) => p.id !== pledgeId) });
  };

export interface CopiedPledge {
  pledge: Pledge;
  /** What could not be carried over (Vietnamese, one line each). */
  dropped: string[];
}

/**
 * Last year's pledge as a start for this year: same contents and signatories' positions, targets of units and
 * indicators still in this year; the date moves on a year, the scan stays with the old record.
 */
export function copyPledge(from: Pledge, year: Year, unitName: (id: string) => string = (id) => id): CopiedPledge {
  const dropped: string[] = [];
  const targets = from.targets.filter((t) => {
    const keep = year.memberIds.includes(t.unitId) && year.indicators.some((i) => i.id === t.indicatorId);
    if (!keep) dropped.push(`Chỉ tiêu ${t.indicatorId} của ${unitName(t.unitId)}`);
    return keep;
  });
  const signatories = from.signatories.filter((s) => {
    const keep = year.memberIds.includes(s.unitId);
    if (!keep) dropped.push(`Người ký ${s.person} (${unitName(s.unitId)})`);
    return keep;
  });
  const shift = from.forYear === year.year ? 0 : year.year - from.forYear;
  const date = `${Number(from.date.slice(0, 4)) + shift}${from.date.slice(4)}`;
  const pledge: Pledge = {
    id: newPledgeId(year, from.kind),
    kind: from.kind,
    forYear: year.year,
    title: from.title.replaceAll(String(from.forYear), String(year.year)),
    date: /^\d{4}-02-29$/.test(date) ? date.replace('-02-29', '-02-28') : date,
    place: from.place,
    contents: [...from.contents],
    targets: targets.map((t) => ({ ...t })),
    signatories: signatories.map((s) => ({ ...s })),
  };
  return { pledge, dropped };
}

/** Whether a file may be stored as a signed scan: a PDF or an image of at most 20 MB. */
export function checkScanFile(file: { name: string; type: string; size: number }): Result<void> {
  const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  if (!isPdf && !file.type.startsWith('image/')) {
    return fail(`Tệp «${file.name}» không phải PDF hay ảnh: chỉ nhận bản quét dạng PDF hoặc ảnh.`);
  }
  if (file.size > MAX_SCAN_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1).replace('.', ',');
    return fail(`Tệp «${file.name}» nặng ${mb} MB, vượt giới hạn 20 MB.`);
  }
  if (file.size === 0) return fail(`Tệp «${file.name}» rỗng.`);
  return ok(undefined);
}

/** Attaches the metadata of a stored scan to a pledge (the bytes live in the attachments table by sha256). */
export const attachScan =
  (pledgeId: string, attachment: Attachment): Change =>
  (year) => {
    const pledge = year.pledges.find((p) => p.id === pledgeId);
    if (!pledge) return fail('Không có giao ước này.');
    const check = checkScanFile({ name: attachment.fileName, type: attachment.mimeType, size: attachment.size });
    if (!check.ok) return check;
    if (!/^[0-9a-f]{64}$/.test(attachment.sha256)) return fail('Mã băm SHA-256 của tệp không hợp lệ.');
    return ok({ ...year, pledges: year.pledges.map((p) => (p.id === pledgeId ? { ...p, attachment } : p)) });
  };

export const detachScan =
  (pledgeId: string): Change =>
  (year) => {
    const pledge = year.pledges.find((p) => p.id === pledgeId);
    if (!pledge?.attachment) return fail('Giao ước chưa có bản quét.');
    const { attachment: _a, ...rest } = pledge;
    return ok({ ...year, pledges: year.pledges.map((p) => (p.id === pledgeId ? rest : p)) });
  };
