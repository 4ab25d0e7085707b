/**
 * The layout of a scorer's peer template (mẫu chấm chéo, docs/domain.md "Peer scoring"): one workbook per member,
 * listing the OTHER members (one column each) × the graded criteria (one row each). Shared by the generator
 * (peer-workbook.ts) and the importer (peer-read.ts) so the two cannot drift apart. The instructions and identifier
 * sheets follow the self-assessment template's (layout.ts).
 */

/** Identifies the file as a peer template and its layout version. */
export const PEER_TEMPLATE_FORMAT = 'cum-thi-dua/mau-cham-cheo/1';
export const PEER_SCORES_SHEET = 'Chấm chéo';

/** Columns A–C; from D on one column per member scored, titled with its full name. */
export const PEER_FIXED_COLUMNS = ['Mã', 'Tiêu chí', 'Điểm tối đa'] as const;
export const PEER_HEADER_ROW = 5;
export const PEER_CODE_COLUMN = 1;
export const PEER_NAME_COLUMN = 2;
export const PEER_MAX_COLUMN = 3;
export const PEER_FIRST_MEMBER_COLUMN = 4;
export const PEER_TITLE_CELL = 'A1';
export const PEER_SCORER_CELL = 'A2';
export const PEER_SCORER_PREFIX = 'Đơn vị chấm: ';
export const peerTitle = (year: number): string => `BẢNG CHẤM CHÉO ĐIỂM THI ĐUA NĂM ${year}`;

/** Keys of the identifier sheet beyond the self-assessment template's: the scorer and each scored column. */
export const PEER_META_KEYS = {
  format: 'dinh_dang',
  cluster: 'ma_cum',
  year: 'nam',
  scorer: 'don_vi_cham',
  version: 'phien_ban_bang_tieu_chi',
  /** One row per scored member: column letter in B, unit id in C. */
  scored: 'don_vi_duoc_cham',
} as const;

/** Bounds of a peer template on return: a cluster has at most a few dozen members (34 provinces). */
export const PEER_TEMPLATE_LIMITS = {
  maxRows: 2_000,
  maxColumns: PEER_FIRST_MEMBER_COLUMN - 1 + 200,
} as const;
