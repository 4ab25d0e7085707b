import { useEffect, useRef, useState } from 'react';
import { shellVi } from '../i18n/vi/shell';
import type { Strings } from '../i18n/vi';
import type { Section } from '../store/types';
import { guidePartFor, inlineMarks, parseGuide, type Guide, type GuidePart } from './guide';

/** The guide's text, loaded with the panel's first opening (it is not needed to start the app). */
let guideLoad: Promise<Guide> | undefined;
const loadGuide = (): Promise<Guide> =>
  (guideLoad ??= import('../../docs/huong-dan-su-dung.md?raw').then((m) => parseGuide(m.default)));

function Paragraph({ text }: { text: string }) {
  return (
    <p>
      {inlineMarks(text).map((m, i) => (m.kind === 'strong' ? <strong key={i}>{m.text}</strong> : m.kind === 'code' ? <code key={i}>{m.text}</code> : m.text))}
    </p>
  );
}

function Part({ part, level }: { part: GuidePart; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section>
      <Heading tabIndex={-1}>{part.title}</Heading>
      {part.paragraphs.map((p, i) => (
        <Paragraph key={i} text={p} />
      ))}
    </section>
  );
}

/**
 * Hướng dẫn: the part of the user guide for the screen on view, in a panel beside it (a non-modal dialog: the screen
 * stays usable); the whole guide on request. Escape or the close button closes it and gives the focus back.
 */
export function HelpPanel({ section, strings, onClose }: { section: Section; strings: Strings['help']; onClose: () => void }) {
  const [guide, setGuide] = useState<Guide>();
  // The whole guide is shown for the screen it was asked on; another screen brings back its own part.
  const [wholeOn, setWholeOn] = useState<Section>();
  const whole = wholeOn === section;
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    void loadGuide().then(setGuide);
  }, []);
  useEffect(() => {
    if (guide) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [guide, section, whole]);

  // The guide is written in Vietnamese: its parts carry the Vietnamese names of the screens.
  const part = guide ? guidePartFor(guide, section, shellVi.nav) : undefined;
  return (
    <aside
      className="help-panel"
      role="dialog"
      aria-modal="false"
      aria-label={strings.heading}
      ref={panel}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="help-panel-bar">
        <strong>{strings.heading}</strong>
        <button type="button" onClick={onClose}>
          {strings.close}
        </button>
      </div>
      {guide && (
        <div className="help-panel-body" lang="vi">
          {whole || !part ? (
            [guide.intro, ...guide.parts].map((p, i) => <Part key={i} part={p} level={i === 0 ? 2 : 3} />)
          ) : (
            <>
              <Part part={part} level={2} />
              <button type="button" onClick={() => setWholeOn(section)}>
                {strings.wholeGuide}
              </button>
            </>
          )}
        </div>
      )}
    </aside>
  );
}
