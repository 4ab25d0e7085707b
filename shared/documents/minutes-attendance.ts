/**
 * The opening of the minutes (Nghị định 30/2020, Phụ lục III, form of a biên bản): time, place, who attended, who
 * chaired and who took the minutes — each from the meeting record, a dotted blank where it is not recorded.
 */
import type { Meeting, Person } from '../model/meeting';
import type { Year } from '../model/year';
import { BLANK, BLANK_LINE, dateWords } from '../views/official-conventions';
import { missingLine, orBlank } from './document-input';
import { body, type DocBlock } from './document-model';

/** "08:00" → "08 giờ 00"; a blank "…… giờ ……" when not recorded. */
export const timeWords = (time: string | undefined): string => {
  const [h, m] = time ? time.split(':') : [BLANK, BLANK];
  return `${h} giờ ${m}`;
};

/** "đồng chí Nguyễn Hải, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"; the name a blank when not recorded. */
export function personText(person: Person | undefined): string {
  const name = person?.name ? `đồng chí ${person.name}` : BLANK_LINE;
  return person?.position ? `${name}, ${person.position}` : name;
}

export interface AttendanceInput {
  readonly year: Year;
  readonly meeting: Meeting | undefined;
  readonly clusterName: string;
  readonly unit: (id: string) => string;
  readonly missing: string[];
}

/** Time, place, guests, members present and absent, chair and secretary. */
export function attendanceBlocks({ year, meeting, clusterName, unit, missing }: AttendanceInput): DocBlock[] {
  if (!meeting?.date) missing.push(missingLine('Ngày họp'));
  if (!meeting?.startTime) missing.push(missingLine('Giờ bắt đầu hội nghị'));
  if (!meeting?.place) missing.push(missingLine('Địa điểm hội nghị'));
  const blocks: DocBlock[] = [
    body(`Thời gian: bắt đầu lúc ${timeWords(meeting?.startTime)}, ${dateWords(meeting?.date)}.`),
    body(`Địa điểm: ${orBlank(meeting?.place, BLANK_LINE)}.`),
    body('Thành phần:'),
  ];
  const guests = meeting?.guests ?? [];
  if (guests.length > 0) {
    blocks.push(body(`- Khách mời: ${guests.map((g) => personText(g)).join('; ')}.`));
  }
  // Present members in the order of the year's member list (the cluster's official order), whatever order they were ticked in.
  const position = (id: string) => (year.memberIds.includes(id) ? year.memberIds.indexOf(id) : Number.MAX_SAFE_INTEGER);
  const attendees = meeting?.attendees ? [...meeting.attendees].sort((a, b) => position(a.unitId) - position(b.unitId)) : undefined;
  if (!attendees || attendees.length === 0) {
    blocks.push(body(`- Đại diện các đơn vị thành viên ${clusterName}: ${BLANK_LINE}`));
    missing.push(missingLine('Danh sách thành viên dự họp'));
  } else {
    const present = new Set(attendees.map((a) => a.unitId));
    const count = year.memberIds.filter((id) => present.has(id)).length;
    blocks.push(body(`- Đại diện ${count}/${year.memberIds.length} đơn vị thành viên ${clusterName}:`));
    attendees.forEach((a, i) => {
      const who = a.name ? `: ${personText(a)}` : a.position ? `: ${a.position}` : '';
      blocks.push(body(`+ ${unit(a.unitId)}${who}${i === attendees.length - 1 ? '.' : ';'}`));
    });
    const absent = year.memberIds.filter((id) => !present.has(id));
    if (absent.length > 0) blocks.push(body(`- Vắng mặt: ${absent.map(unit).join('; ')}.`));
  }
  if (!meeting?.chair?.name) missing.push(missingLine('Họ tên chủ tọa'));
  if (!meeting?.secretary?.name) missing.push(missingLine('Họ tên thư ký'));
  blocks.push(body(`Chủ tọa: ${personText(meeting?.chair)}.`), body(`Thư ký: ${personText(meeting?.secretary)}.`));
  return blocks;
}

/** "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày./." (the form's closing line), a blank time when not recorded. */
export function closingLine(meeting: Meeting | undefined, missing: string[]): string {
  if (!meeting?.endTime) missing.push(missingLine('Giờ kết thúc hội nghị'));
  return `Hội nghị kết thúc vào hồi ${timeWords(meeting?.endTime)} cùng ngày./.`;
}

