import type { ShellStrings } from '../i18n/vi/shell';
import type { Section } from '../store/types';
import { SECTIONS } from './routes';

interface NavBarProps {
  labels: ShellStrings['nav'];
  section: Section;
  onSelect: (section: Section) => void;
  /** Pointing at or focusing a button: the screen is likely next, so its code can start loading. */
  onIntent: (section: Section) => void;
}

/** The navigation: one button per screen, the open one marked for assistive technology (aria-current). */
export function NavBar({ labels, section, onSelect, onIntent }: NavBarProps) {
  return (
    <nav className="nav" aria-label={labels.label}>
      {SECTIONS.map((key) => (
        <button
          key={key}
          type="button"
          data-section={key}
          className={key === section ? 'nav-item active' : 'nav-item'}
          aria-current={key === section ? 'page' : undefined}
          onPointerEnter={() => onIntent(key)}
          onFocus={() => onIntent(key)}
          onClick={() => onSelect(key)}
        >
          {labels[key]}
        </button>
      ))}
    </nav>
  );
}
