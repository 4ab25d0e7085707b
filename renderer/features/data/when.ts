import { formatDateTime } from '../../../shared/base/date-format';

/** An ISO date-time as people read it here: "26/11/2024 09:30" (the PC's time zone). */
export const when = (iso: string): string => formatDateTime(iso);
