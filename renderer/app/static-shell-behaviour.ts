import { shellEn } from '../i18n/en/shell';
import { shellVi, type ShellStrings } from '../i18n/vi/shell';
import type { Language } from '../i18n/strings';
import type { Section } from '../store/types';
import { MAIN_CONTENT_ID, focusMainContent } from './focus';
import { formatRoute, isSection, routeOfHash, type Route } from './routes';

/** The <template> of index.html holding the shell in English (static-shell.tsx). */
export const ENGLISH_SHELL_ID = 'khung-tieng-anh';

/**
 * The prerendered shell's behaviour in the moments before React has loaded, in plain DOM so that the start-up chunk
 * stays a few kilobytes: the chosen language, the navigation (a click sets the address, which the app opens once it
 * has loaded), the skip link, and a clear failure with "Thử lại" if the app's code cannot be loaded.
 */
export interface StaticShell {
  /** The place the address named when the page was loaded: a different one now means the user chose a screen. */
  readonly loadedAt: Route;
  showLoading: () => void;
  showFailure: (error: unknown, retry: () => void) => void;
  /** Stops handling the page, for React to render over it; returns the element React renders into. */
  handOver: () => HTMLElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** The same card as LoadFailure.tsx, for when React itself could not be loaded. */
function failureCard(strings: ShellStrings['shell'], error: unknown, retry: () => void): HTMLElement {
  const card = element('div', 'card load-failure');
  card.setAttribute('role', 'alert');
  const why = error instanceof Error ? error.message : String(error);
  const button = element('button', 'primary', strings.retry);
  button.type = 'button';
  button.addEventListener('click', retry);
  const actions = element('div', 'actions');
  actions.append(button);
  card.append(element('h2', '', strings.appFailed), element('p', '', strings.failureHelp), element('p', 'muted small', strings.failureDetail(why)), actions);
  return card;
}

export function takeOverStaticShell(language: Language, onIntent: (section: Section) => void): StaticShell {
  const root = document.getElementById('root');
  if (!root) throw new Error('Thiếu phần tử #root trong index.html');
  const english = document.getElementById(ENGLISH_SHELL_ID);
  if (language === 'en' && english instanceof HTMLTemplateElement) root.replaceChildren(english.content.cloneNode(true));
  const strings = language === 'en' ? shellEn : shellVi;
  const main = document.getElementById(MAIN_CONTENT_ID);
  const loading = [...(main?.childNodes ?? [])].map((node) => node.cloneNode(true));
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('nav button[data-section]')];
  const sectionOf = (target: EventTarget | null) => {
    const section = target instanceof Element ? target.closest<HTMLElement>('nav button[data-section]')?.dataset.section : undefined;
    return isSection(section) ? section : undefined;
  };

  // The open screen is marked as the app marks it (active, aria-current).
  const markOpenScreen = () => {
    const open = routeOfHash(location.hash).section;
    for (const button of buttons()) {
      const current = button.dataset.section === open;
      button.classList.toggle('active', current);
      if (current) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
  };
  const onClick = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('.skip-link')) {
      event.preventDefault();
      focusMainContent();
      return;
    }
    const section = sectionOf(event.target);
    if (!section) return;
    onIntent(section);
    location.hash = formatRoute({ section, year: routeOfHash(location.hash).year });
  };
  const onPointing = (event: Event) => {
    const section = sectionOf(event.target);
    if (section) onIntent(section);
  };

  root.addEventListener('click', onClick);
  root.addEventListener('pointerover', onPointing);
  root.addEventListener('focusin', onPointing);
  window.addEventListener('hashchange', markOpenScreen);
  markOpenScreen();

  return {
    loadedAt: routeOfHash(location.hash),
    showLoading: () => main?.replaceChildren(...loading.map((node) => node.cloneNode(true))),
    showFailure: (error, retry) => main?.replaceChildren(failureCard(strings.shell, error, retry)),
    handOver: () => {
      root.removeEventListener('click', onClick);
      root.removeEventListener('pointerover', onPointing);
      root.removeEventListener('focusin', onPointing);
      window.removeEventListener('hashchange', markOpenScreen);
      return root;
    },
  };
}
