/**
 * Edits of a year's meeting record (shared/model/meeting.ts): the year-end review or a quarterly review. Pure changes
 * applied with the store's perform(...); every refusal is a Vietnamese message and leaves the year as it was. Text is
 * stored trimmed with white space folded, and a field emptied by the user is removed, never kept as "".
 */
import { DocumentKeySchema, EnclosureSchema, MeetingSchema, QuarterlyMeetingSchema, TimeOfDaySchema } from '../model/meeting';
import type { Attendee, DocumentKey, DocumentRef, Enclosure, Guest, Meeting, MeetingKey, QuarterlyMeeting } from '../model/meeting';
import { IsoDateSchema } from '../model/units';
import type { Year } from '../model/year';
import { viDate } from '../engine/membership';
import { fail, ok, type Result } from '../base/result';
import { cleanText, whenUnlocked, type YearChange } from './criteria';

const MEETING_NAME: Record<MeetingKey, string> = {
  yearEnd: 'Hội nghị tổng kết',
  Q1: 'Hội nghị giao ban quý I',
  Q2: 'Hội nghị giao ban quý II',
  Q3: 'Hội nghị giao ban quý III',
  Q4: 'Hội nghị giao ban quý IV',
};

const DOCUMENT_NAME: Record<DocumentKey, string> = {
  proposalLetter: 'Tờ trình',
  minutes: 'Biên bản',
  proposalList: 'Danh sách đề nghị',
  report: 'Báo cáo',
};

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;

/** Trimmed text, or undefined when nothing is left (the field is then removed). */
const optionalText = (raw: string | undefined): string | undefined => {
  const text = cleanText(raw ?? '');
  return text === '' ? undefined : text;
};

/** An object without its undefined fields, so a cleared field disappears from the stored record. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

const isEmpty = (value: object): boolean => Object.keys(value).length === 0;

/** The record of `key` in the year, or an empty one. */
function current(year: Year, key: MeetingKey): Meeting {
  if (key === 'yearEnd') return year.yearEndReview ?? {};
  const found = year.quarterlyReviews?.find((m) => m.quarter === key);
  if (!found) return {};
  const { quarter: _quarter, ...meeting } = found;
  return meeting;
}

/** Puts a checked record back in place; an empty record is removed. */
function withMeeting(year: Year, key: MeetingKey, meeting: Meeting): Result<Year> {
  const parsed = (key === 'yearEnd' ? MeetingSchema : QuarterlyMeetingSchema).safeParse(key === 'yearEnd' ? meeting : { ...meeting, quarter: key });
  if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? `${MEETING_NAME[key]}: thông tin không hợp lệ.`);
  if (key === 'yearEnd') {
    const { yearEndReview: _old, ...rest } = year;
    return ok(isEmpty(meeting) ? rest : { ...rest, yearEndReview: meeting });
  }
  const others = (year.quarterlyReviews ?? []).filter((m) => m.quarter !== key);
  const list: QuarterlyMeeting[] = isEmpty(meeting) ? others : [...others, { quarter: key, ...meeting }];
  list.sort((a, b) => QUARTERS.indexOf(a.quarter) - QUARTERS.indexOf(b.quarter));
  const { quarterlyReviews: _old, ...rest } = year;
  return ok(list.length === 0 ? rest : { ...rest, quarterlyReviews: list });
}

/** Applies `edit` to the record of `key`, unless the year is locked; a change that changes nothing returns the year. */
function editMeeting(key: MeetingKey, edit: (meeting: Meeting, year: Year) => Result<Meeting>): YearChange {
  return whenUnlocked((year) => {
    const before = current(year, key);
    const after = edit(before, year);
    if (!after.ok) return after;
    if (JSON.stringify(after.value) === JSON.stringify(before)) return ok(year);
    return withMeeting(year, key, after.value);
  });
}

/** The facts typed in the form, each as text; a key left out is not changed, an empty text removes the fact. */
export interface MeetingFactsDraft {
  /** ISO "2023-12-01" (the form converts dd/mm/yyyy). */
  date?: string;
  startTime?: string;
  endTime?: string;
  place?: string;
  placeName?: string;
  chairName?: string;
  chairPosition?: string;
  secretaryName?: string;
  secretaryPosition?: string;
  signerName?: string;
  signerPosition?: string;
  signerAuthority?: string;
  note?: string;
}

/** The year a meeting of `key` may be dated in: the year itself, or early the next (a review held in January). */
function checkDate(date: string, key: MeetingKey, year: Year): string | null {
  if (!IsoDateSchema.safeParse(date).success) return 'Ngày hội nghị phải là một ngày hợp lệ (ngày/tháng/năm).';
  const y = Number(date.slice(0, 4));
  const latest = key === 'yearEnd' || key === 'Q4' ? year.year + 1 : year.year;
  if (y < year.year || y > latest) {
    const range = latest === year.year ? `trong năm ${year.year}` : `trong năm ${year.year} hoặc năm ${latest}`;
    return `${MEETING_NAME[key]} năm ${year.year} phải diễn ra ${range}; ngày ${viDate(date)} không hợp lệ.`;
  }
  return null;
}

function checkTime(time: string, label: string): string | null {
  return TimeOfDaySchema.safeParse(time).success ? null : `${label} phải có dạng giờ:phút, ví dụ 08:00 hoặc 14:30; đang có «${time}».`;
}

/** "8:00", "8h", "8 giờ 30", "14h30" → "08:00", "08:00", "08:30", "14:30": how people type times. */
export function normaliseTime(raw: string): string {
  const text = raw.trim().toLocaleLowerCase('vi');
  const m = /^(\d{1,2})\s*(?:[:h.]|giờ)?\s*(\d{2})?\s*(?:phút)?$/u.exec(text);
  if (!m) return raw.trim();
  return `${(m[1] ?? '').padStart(2, '0')}:${m[2] ?? '00'}`;
}

/** Sets the date, times, place, chair, secretary, signer and note of a meeting. */
export function setMeetingFacts(key: MeetingKey, draft: MeetingFactsDraft): YearChange {
  return editMeeting(key, (meeting, year) => {
    const has = (field: keyof MeetingFactsDraft) => Object.hasOwn(draft, field);
    const next: Meeting = { ...meeting };
    if (has('date')) {
      const date = optionalText(draft.date);
      if (date) {
        const problem = checkDate(date, key, year);
        if (problem) return fail(problem);
      }
      next.date = date;
    }
    for (const [field, label] of [['startTime', 'Giờ bắt đầu'], ['endTime', 'Giờ kết thúc']] as const) {
      if (!has(field)) continue;
      const raw = optionalText(draft[field]);
      const time = raw === undefined ? undefined : normaliseTime(raw);
      if (time !== undefined) {
        const problem = checkTime(time, label);
        if (problem) return fail(problem);
      }
      next[field] = time;
    }
    if (next.startTime && next.endTime && next.endTime <= next.startTime) {
      return fail(`Giờ kết thúc (${next.endTime}) phải sau giờ bắt đầu (${next.startTime}).`);
    }
    if (has('place')) next.place = optionalText(draft.place);
    if (has('placeName')) next.placeName = optionalText(draft.placeName);
    if (has('note')) next.note = optionalText(draft.note);
    const person = (name: keyof MeetingFactsDraft, position: keyof MeetingFactsDraft, before: Meeting['chair']) => {
      if (!has(name) && !has(position)) return before;
      const value = compact({
        name: has(name) ? optionalText(draft[name]) : before?.name,
        position: has(position) ? optionalText(draft[position]) : before?.position,
      });
      return isEmpty(value) ? undefined : value;
    };
    next.chair = person('chairName', 'chairPosition', meeting.chair);
    next.secretary = person('secretaryName', 'secretaryPosition', meeting.secretary);
    if (has('signerName') || has('signerPosition') || has('signerAuthority')) {
      const signer = compact({
        name: has('signerName') ? optionalText(draft.signerName) : meeting.signer?.name,
        position: has('signerPosition') ? optionalText(draft.signerPosition) : meeting.signer?.position,
        authority: has('signerAuthority') ? optionalText(draft.signerAuthority)?.toLocaleUpperCase('vi') : meeting.signer?.authority,
      });
      next.signer = isEmpty(signer) ? undefined : signer;
    }
    return ok(compact(next));
  });
}

export interface AttendeeDraft {
  unitId: string;
  name?: string;
  position?: string;
}

/**
 * The members present, each with who represented it where known. Only the year's members can be listed, each once
 * per person; guests are recorded apart (setGuests).
 */
export function setAttendance(key: MeetingKey, drafts: readonly AttendeeDraft[], unitNames: ReadonlyMap<string, string> = new Map()): YearChange {
  return editMeeting(key, (meeting, year) => {
    const attendees: Attendee[] = [];
    const seen = new Set<string>();
    for (const draft of drafts) {
      const unit = unitNames.get(draft.unitId) ?? draft.unitId;
      if (!year.memberIds.includes(draft.unitId)) {
        return fail(`${unit} không phải thành viên năm ${year.year}: chỉ ghi thành viên vào danh sách dự họp; đại biểu khác ghi ở mục khách mời.`);
      }
      const attendee = compact({ unitId: draft.unitId, name: optionalText(draft.name), position: optionalText(draft.position) });
      const identity = `${attendee.unitId}\u0000${(attendee.name ?? '').toLocaleLowerCase('vi')}`;
      if (seen.has(identity)) {
        return fail(attendee.name ? `${attendee.name} (${unit}) được ghi hai lần.` : `${unit} được ghi hai lần trong danh sách dự họp.`);
      }
      seen.add(identity);
      attendees.push(attendee);
    }
    // In the order of the year's members, so the minutes list them as the cluster does.
    attendees.sort((a, b) => year.memberIds.indexOf(a.unitId) - year.memberIds.indexOf(b.unitId));
    return ok(compact({ ...meeting, attendees }));
  });
}

/** Guests (khách mời) with their posts; a guest must be named. */
export function setGuests(key: MeetingKey, drafts: readonly { name: string; position?: string }[]): YearChange {
  return editMeeting(key, (meeting) => {
    const guests: Guest[] = [];
    for (const [i, draft] of drafts.entries()) {
      const name = optionalText(draft.name);
      const position = optionalText(draft.position);
      if (!name && !position) continue;
      if (!name) return fail(`Khách mời thứ ${i + 1}: ghi họ tên (chức vụ «${position}» chưa có người).`);
      guests.push(compact({ name, position }));
    }
    return ok(compact({ ...meeting, guests }));
  });
}

export interface DocumentRefDraft {
  number?: string;
  symbol?: string;
  date?: string;
  recipients?: readonly string[];
  enclosures?: readonly Enclosure[];
}

/** Number, symbol, date, recipients and enclosures of one document of the meeting; a key left out is not changed. */
export function setDocumentRef(key: MeetingKey, document: DocumentKey, draft: DocumentRefDraft): YearChange {
  return editMeeting(key, (meeting, year) => {
    if (!DocumentKeySchema.safeParse(document).success) return fail(`Không có loại văn bản «${String(document)}».`);
    const name = DOCUMENT_NAME[document];
    const before: DocumentRef = meeting.documents?.[document] ?? {};
    const next: DocumentRef = { ...before };
    const has = (field: keyof DocumentRefDraft) => Object.hasOwn(draft, field);
    if (has('number')) {
      const number = optionalText(draft.number);
      if (number !== undefined && !/^\d{1,6}$/u.test(number)) return fail(`Số của ${name.toLocaleLowerCase('vi')} là số thứ tự đăng ký (chỉ gồm chữ số), ví dụ 15; đang có «${number}».`);
      next.number = number;
    }
    if (has('symbol')) {
      const symbol = optionalText(draft.symbol);
      if (symbol !== undefined && !/^[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*$/u.test(symbol)) {
        return fail(`Ký hiệu của ${name.toLocaleLowerCase('vi')} gồm chữ viết tắt nối bằng dấu gạch ngang, không có dấu cách, ví dụ TTr-CTĐ; đang có «${symbol}».`);
      }
      next.symbol = symbol;
    }
    if (has('date')) {
      const date = optionalText(draft.date);
      if (date !== undefined) {
        if (!IsoDateSchema.safeParse(date).success) return fail(`Ngày của ${name.toLocaleLowerCase('vi')} phải là một ngày hợp lệ (ngày/tháng/năm).`);
        if (meeting.date && date < meeting.date) {
          return fail(`${name} không thể ghi ngày ${viDate(date)}, trước ngày hội nghị (${viDate(meeting.date)}) mà nó báo cáo kết quả.`);
        }
        if (Number(date.slice(0, 4)) > year.year + 1) return fail(`Ngày của ${name.toLocaleLowerCase('vi')} (${viDate(date)}) quá xa năm ${year.year}.`);
      }
      next.date = date;
    }
    if (has('recipients')) next.recipients = (draft.recipients ?? []).map((r) => cleanText(r).replace(/^[-–•]\s*/u, '')).filter((r) => r !== '');
    if (has('enclosures')) {
      const list = [...new Set(draft.enclosures ?? [])];
      if (!list.every((e) => EnclosureSchema.safeParse(e).success)) return fail('Hồ sơ gửi kèm chỉ gồm biên bản và báo cáo thành tích.');
      next.enclosures = list;
    }
    const ref = compact(next);
    const documents = compact({ ...meeting.documents, [document]: isEmpty(ref) ? undefined : ref });
    return ok(compact({ ...meeting, documents: isEmpty(documents) ? undefined : documents }));
  });
}

/** A member's short achievement summary for the annex; an empty text removes it. */
export function setAchievementSummary(key: MeetingKey, unitId: string, text: string, unitName = unitId): YearChange {
  return editMeeting(key, (meeting, year) => {
    if (!year.memberIds.includes(unitId)) return fail(`${unitName} không phải thành viên năm ${year.year}.`);
    const summary = optionalText(text);
    if (summary !== undefined && summary.length > 1000) return fail(`Tóm tắt thành tích của ${unitName} dài ${summary.length} ký tự; hãy rút gọn dưới 1.000 ký tự (phần chi tiết nằm trong báo cáo thành tích).`);
    const others = (meeting.achievements ?? []).filter((a) => a.unitId !== unitId);
    const achievements = summary === undefined ? others : [...others, { unitId, text: summary }];
    achievements.sort((a, b) => year.memberIds.indexOf(a.unitId) - year.memberIds.indexOf(b.unitId));
    return ok(compact({ ...meeting, achievements }));
  });
}
