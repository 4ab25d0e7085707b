import { useEffect, useId, useRef, type ReactNode } from 'react';
import './confirm-dialog.css';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  /** What will happen, in a sentence. */
  readonly question?: string;
  /** More of what will happen (the year, the members, the checksum a finalise records). */
  readonly children?: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** A destructive action: the confirm button is red and the focus starts on cancel. */
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * The one confirmation of the app: a modal <dialog> with role="alertdialog" (WAI-ARIA Authoring Practices, "Alert
 * and Message Dialogs"). showModal() makes the rest of the page inert, so the focus stays inside; Escape cancels
 * (the dialog's own cancel event); Enter or Space on the focused button does what it says. A destructive action
 * starts on "cancel", so a stray Enter changes nothing; the focus goes back where it was when the dialog closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const { open, danger, onCancel } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return undefined;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    (danger ? cancelRef.current : confirmRef.current)?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, [open, danger]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    // Escape: the browser fires "cancel" and would close the dialog itself; the owner closes it instead.
    const cancel = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, [onCancel]);

  return (
    <dialog ref={ref} className="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId}>
      {open && (
        <>
          <h2 id={titleId}>{props.title}</h2>
          <div id={bodyId} className="confirm-dialog-body">
            {props.question && <p>{props.question}</p>}
            {props.children}
          </div>
          <div className="actions confirm-dialog-actions">
            <button ref={confirmRef} type="button" className={danger ? 'danger' : 'primary'} onClick={props.onConfirm}>
              {props.confirmLabel}
            </button>
            <button ref={cancelRef} type="button" onClick={onCancel}>
              {props.cancelLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
