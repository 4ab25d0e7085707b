import { useState } from 'react';

/**
 * A destructive action that asks once more in place, instead of a blocking window.confirm that
 * the Electron window and screen readers handle poorly.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={props.question}>
      <span>{props.question}</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {props.no}
      </button>
    </span>
  );
}
