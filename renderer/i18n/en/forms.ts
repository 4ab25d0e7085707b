import type { formsVi } from '../vi/forms';

/** English text shared by the forms: kept drafts. */
export const formsEn: typeof formsVi = {
  forms: {
    draftRestored: 'Restored what was being typed last time (not saved). Save it, or discard the draft.',
    discardDraft: 'Discard draft',
    fieldDraft: 'Unsaved draft: leave the field or press Enter to save.',
  },
};
