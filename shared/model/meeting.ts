import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './units';

/*
 * The record of a meeting of the cluster (docs/domain.md, "What makes a document safe to send up": "its facts come
 * from one place per year"). Every document and workbook of the year takes its date, place, signer, numbers and
 * recipients from here, so nothing is typed twice and nothing is guessed. Every field is optional: a record is
 * filled in as the facts become known, and what is still missing prints as a visible blank (shared/views/official-facts.ts).
 * The year-end review (hội nghị tổng kết) and each quarterly review (hội nghị giao ban quý) use the same shape.
 */

/** Text that must say something: the edits trim and fold white space before storing (shared/edits/meeting.ts). */
const text = (what: string) => z.string().regex(/\S/u, { error: `${what} không được để trống.` });

/** "08:00", "14:30": a time of day on the 24-hour clock. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'Giờ phải có dạng giờ:phút, ví dụ 08:00 hoặc 14:30.' });

/** A person as printed in a document: name and post ("Nguyễn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Thọ"). */
export const PersonSchema = z.strictObject({
  name: text('Họ tên').optional(),
  position: text('Chức vụ').optional(),
});
export type Person = z.infer<typeof PersonSchema>;

/** A member unit present at the meeting, with who represented it where known. */
export const AttendeeSchema = z.strictObject({
  unitId: IdSchema,
  name: text('Họ tên').optional(),
  position: text('Chức vụ').optional(),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** A guest (khách mời), e.g. a Vice-President of the Central Committee: named, so never an anonymous placeholder. */
export const GuestSchema = z.strictObject({
  name: text('Họ tên khách mời'),
  position: text('Chức vụ').optional(),
});
export type Guest = z.infer<typeof GuestSchema>;

/**
 * Who signs the cluster's documents (Nghị định 30/2020, Phụ lục I, ô 7): the authority prefix ("TM. CỤM THI ĐUA",
 * "KT. CỤM TRƯỞNG"), the post in the signature block ("Cụm trưởng", "Phó Cụm trưởng") and the name.
 */
export const SignerSchema = z.strictObject({
  name: text('Họ tên người ký').optional(),
  position: text('Chức vụ người ký').optional(),
  authority: text('Thẩm quyền ký').optional(),
});
export type Signer = z.infer<typeof SignerSchema>;

/** What a letter may say is enclosed (hồ sơ gửi kèm): the minutes and the members' achievement reports. */
export const EnclosureSchema = z.enum(['minutes', 'achievementReports']);
export type Enclosure = z.infer<typeof EnclosureSchema>;

/**
 * The number and symbol of one document ("Số: 15/TTr-CTĐ"), its date when it differs from the meeting's, its
 * recipients ("Nơi nhận") when they differ from the usual list, and for a letter what is enclosed.
 */
export const DocumentRefSchema = z.strictObject({
  number: text('Số văn bản').optional(),
  symbol: text('Ký hiệu văn bản').optional(),
  date: IsoDateSchema.optional(),
  recipients: z.array(text('Nơi nhận')).optional(),
  enclosures: z.array(EnclosureSchema).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRefSchema>;

/** The documents a meeting produces: proposal letter, minutes, proposal list (Excel), report (quarterly). */
export const DocumentKeySchema = z.enum(['proposalLetter', 'minutes', 'proposalList', 'report']);
export type DocumentKey = z.infer<typeof DocumentKeySchema>;

export const MeetingDocumentsSchema = z.strictObject({
  proposalLetter: DocumentRefSchema.optional(),
  minutes: DocumentRefSchema.optional(),
  proposalList: DocumentRefSchema.optional(),
  report: DocumentRefSchema.optional(),
});
export type MeetingDocuments = z.infer<typeof MeetingDocumentsSchema>;

/** A member's short achievement summary (tóm tắt thành tích) for the annex of the proposal list. */
export const AchievementSummarySchema = z.strictObject({
  unitId: IdSchema,
  text: text('Tóm tắt thành tích'),
});
export type AchievementSummary = z.infer<typeof AchievementSummarySchema>;

/** One meeting: when, where, who chaired, took the minutes and attended, who signs, and the documents' numbers. */
export const MeetingSchema = z.strictObject({
  date: IsoDateSchema.optional(),
  startTime: TimeOfDaySchema.optional(),
  endTime: TimeOfDaySchema.optional(),
  /** Where it was held ("tỉnh Phú Thọ", or a venue with its address). */
  place: text('Địa điểm').optional(),
  /** The place named in the documents' date line ("Phú Thọ"), when it is not the province or city of `place`. */
  placeName: text('Địa danh').optional(),
  chair: PersonSchema.optional(),
  secretary: PersonSchema.optional(),
  attendees: z.array(AttendeeSchema).optional(),
  guests: z.array(GuestSchema).optional(),
  signer: SignerSchema.optional(),
  documents: MeetingDocumentsSchema.optional(),
  achievements: z.array(AchievementSummarySchema).optional(),
  note: z.string().optional(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const QuarterSchema = z.enum(['Q1', 'Q2', 'Q3', 'Q4']);
export type Quarter = z.infer<typeof QuarterSchema>;

/** A quarterly review (hội nghị giao ban quý): the same record, for one quarter. */
export const QuarterlyMeetingSchema = MeetingSchema.extend({ quarter: QuarterSchema });
export type QuarterlyMeeting = z.infer<typeof QuarterlyMeetingSchema>;

/** Which meeting of a year: the year-end review or one quarter's review. */
export type MeetingKey = 'yearEnd' | Quarter;
