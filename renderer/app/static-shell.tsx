import { renderToStaticMarkup } from 'react-dom/server';
import { shellEn } from '../i18n/en/shell';
import { shellVi } from '../i18n/vi/shell';
import { ENGLISH_SHELL_ID } from './static-shell-behaviour';
import { StartingShell } from './StartingShell';

/**
 * The starting shell as HTML for index.html, rendered at build time (renderer/vite.config.ts): the window shows the
 * header, the navigation and the loading state as soon as the HTML and the stylesheet are read, before any script
 * is fetched or parsed. In Vietnamese, the app's first language, with the English shell beside it in a <template>
 * for those who chose English (static-shell-behaviour.ts swaps it in). Build-time only: the app never imports this.
 */
export function staticShellMarkup(): { shell: string; templates: string } {
  const english = renderToStaticMarkup(<StartingShell strings={shellEn} />);
  return {
    shell: renderToStaticMarkup(<StartingShell strings={shellVi} />),
    templates: `<template id="${ENGLISH_SHELL_ID}">${english}</template>`,
  };
}
