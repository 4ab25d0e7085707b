import type { PolishStrings } from '../vi/polish';

export const polishEn: PolishStrings = {
  files: {
    choose: 'Choose file…',
    noneChosen: 'No file chosen',
  },
  storageBanner: {
    dismiss: 'Got it, do not remind me again',
  },
  yearLocked: {
    adjustments: 'The year is locked: bonus and penalty entries are shown only; unlock it under Audit log to change them.',
  },
  help: {
    open: 'Help',
    openTitle: 'Open the user guide for this screen',
    heading: 'User guide',
    close: 'Close the guide',
    wholeGuide: 'Show the whole guide',
    thisScreen: 'The part for this screen',
  },
};
