import { ariaSort, nextSort, type SortState } from '../../shared/views/table-query';
import { useStrings } from '../i18n/strings';
import './sheet-print.css';

/**
 * A column header that sorts its table (WAI-ARIA "Sortable Table": aria-sort on the header, a button inside it).
 * The state and the sorting itself are the table's (shared/views/table-query.ts).
 */
export function SortHeader<K extends string>(props: {
  column: K;
  label: string;
  sort: SortState<K> | undefined;
  onSort: (next: SortState<K>) => void;
  className?: string;
}) {
  const state = ariaSort(props.sort, props.column);
  return (
    <th className={props.className} aria-sort={state}>
      <button type="button" className="sort-button" onClick={() => props.onSort(nextSort(props.sort, props.column))}>
        {props.label}
        <span className="sort-mark" aria-hidden="true">
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

/** The search box of a long list, with how many rows match; Escape empties it. */
export function SearchBox(props: { label: string; value: string; onChange: (text: string) => void; shown: number; total: number; children?: React.ReactNode }) {
  const t = useStrings().tables;
  return (
    <div className="table-search">
      <label>
        {props.label}{' '}
        <input
          type="search"
          value={props.value}
          placeholder={t.searchPlaceholder}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && props.value !== '') {
              e.preventDefault();
              props.onChange('');
            }
          }}
        />
      </label>
      <span className="muted small" role="status">
        {props.value.trim() !== '' && props.shown === 0 ? t.noMatch(props.value.trim()) : t.shown(props.shown, props.total)}
      </span>
      {props.children}
    </div>
  );
}
