import { useStrings } from '../i18n/strings';

/**
 * The header of a table's column of buttons (Sửa, Xóa, Tải mẫu…): empty to the eye, as in a printed table, but named
 * for screen readers, which otherwise announce the column as blank (axe-core's empty-table-header).
 */
export function ActionsHeader() {
  return (
    <th>
      <span className="visually-hidden">{useStrings().tables.actions}</span>
    </th>
  );
}
