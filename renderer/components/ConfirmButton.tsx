import { useCallback, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * A destructive action that asks once more in the app's confirmation dialog (ConfirmDialog: focus kept inside,
 * Escape cancels), never a blocking window.confirm that the Electron window and screen readers handle poorly.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
  /** The dialog's heading; the button's label when not given. */
  title?: string;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const cancel = useCallback(() => setAsking(false), []);
  return (
    <>
      <button type="button" className="danger" disabled={props.disabled} onClick={() => setAsking(true)}>
        {props.label}
      </button>
      <ConfirmDialog
        open={asking}
        danger
        title={props.title ?? props.label}
        question={props.question}
        confirmLabel={props.yes}
        cancelLabel={props.no}
        onCancel={cancel}
        onConfirm={() => {
          setAsking(false);
          props.onConfirm();
        }}
      />
    </>
  );
}
