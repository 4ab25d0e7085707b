import { useId, useRef, useState } from 'react';
import { useStrings } from '../i18n/strings';

/**
 * A file chooser that speaks Vietnamese whatever the browser's language: a button «Chọn tệp…» and the name of the
 * file chosen (or «Chưa chọn tệp»). The native input (which says "Choose File / No file chosen" on an English
 * Windows) stays in the page, hidden, and is what the button opens; `label` names it for assistive technology and
 * is read with the button as its description.
 */
export function FileChooser(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: FileList | null) => void;
}) {
  const t = useStrings().files;
  const input = useRef<HTMLInputElement>(null);
  const describedBy = useId();
  const [chosen, setChosen] = useState<string>();
  return (
    <span className="file-chooser">
      <button type="button" disabled={props.disabled} aria-describedby={describedBy} onClick={() => input.current?.click()}>
        {t.choose}
      </button>
      <span id={describedBy} className="muted small">
        <span className="visually-hidden">{props.label}: </span>
        {chosen ?? t.noneChosen}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={props.label}
        accept={props.accept}
        multiple={props.multiple}
        disabled={props.disabled}
        onChange={(e) => {
          const files = e.target.files;
          setChosen(files && files.length > 0 ? [...files].map((f) => f.name).join(', ') : undefined);
          props.onFiles(files);
          e.target.value = ''; // the same file chosen again is a new choice
        }}
      />
    </span>
  );
}
