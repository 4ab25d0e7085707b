import type { settingsVi } from '../vi/settings';

/** English text of the settings screen. */
export const settingsEn: typeof settingsVi = {
  settings: {
    heading: 'Settings',
    operator: {
      heading: 'Operator',
      label: 'Full name of the person working at this PC',
      placeholder: 'e.g. Nguyễn Thị Lan — cluster secretary',
      hint: 'This name is recorded in the year’s audit log (who, when, old → new value).',
      save: 'Save name',
      saved: (name) => `Saved. Changes from now on are recorded as «${name}».`,
      cleared: 'Operator name cleared.',
      current: (name) => `Recording the audit log as: ${name}`,
      unnamed: 'No operator name set.',
    },
    language: {
      heading: 'Language',
      label: 'Interface language',
      vi: 'Tiếng Việt (default)',
      en: 'English',
    },
  },
};
