import { renderToStaticMarkup } from 'react-dom/server';
import { shellVi } from '../i18n/vi/shell';
import { StartingShell } from './StartingShell';

/**
 * The starting shell as HTML, rendered at build time into index.html (renderer/vite.config.ts): the window shows
 * the header, the navigation and the loading state as soon as the HTML and the stylesheet are read, before any
 * script is even parsed. React then renders the same shell over it (main.tsx). Vietnamese, the app's first
 * language; a user who chose English sees it in English from the first script on. Build-time only: the app never
 * imports this module.
 */
export function staticShellMarkup(): string {
  const nothing = () => undefined;
  return renderToStaticMarkup(<StartingShell strings={shellVi} failure={undefined} onRetry={nothing} onIntent={nothing} />);
}
