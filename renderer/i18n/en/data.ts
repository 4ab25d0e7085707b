import type { dataVi } from '../vi/data';

/** English text of the hand-over and backup screen. */
export const dataEn: typeof dataVi = {
  data: {
    heading: 'Hand-over & backups',
    handover: {
      heading: 'Hand over the cluster’s data',
      explain:
        'When the leadership moves to another unit, export the whole cluster (all years, scores, ballots, pledges with their scans, audit logs, finalised results) as one file with a SHA-256 checksum, signed with this PC’s key. The receiving unit opens it on its own PC and compares the key fingerprint.',
      export: 'Export hand-over file',
      exported: (path: string) => `Hand-over file saved: ${path}`,
      import: 'Receive a hand-over file…',
      reading: 'Reading the file…',
      planNew: (name: string) => `Cluster "${name}" is not on this PC yet: it will be added.`,
      planExisting: (name: string) => `Cluster "${name}" is already on this PC. Differences by record:`,
      nothingNew: 'The file holds nothing that differs from this PC.',
      status: { new: 'New in the file', changed: 'Differs — the file’s version replaces this PC’s', same: 'Same', onlyLocal: 'Only on this PC — kept' },
      kind: { cluster: 'Cluster', unit: 'Unit', merger: 'Merger', year: 'Year' },
      confirm: 'Confirm and receive',
      cancel: 'Cancel',
      imported: (n: number) => `Received the data of ${n} cluster(s). A backup was taken.`,
    },
    signature: {
      ownKey: 'Fingerprint of this PC’s signing key',
      ownKeyHint: 'Read it to the receiving office by phone, or print it on the hand-over record, so they can compare it with the fingerprint shown when they receive the file.',
      heading: 'Signature of the file',
      fingerprint: 'Fingerprint of the key that signed the file',
      unsigned: 'The file is not signed',
      standing: {
        own: 'This PC’s own key (a file this PC exported).',
        known: (since: string) => `This cluster was received from this key before (first on ${since}).`,
        first: 'First file from this key: compare the fingerprint with the sender before receiving.',
        changed: 'A different key from the one this cluster came from before.',
      },
      years: (signed: boolean) =>
        signed ? 'Finalised years in the file (matching their checksum and sealed log anchor):' : 'Finalised years in the file (matching their own checksum and log):',
      year: (year: number, locked: boolean, checksum: string, entries: number) =>
        `${year}: ${locked ? 'locked' : 'finalised, unlocked'}; checksum ${checksum}…; log of ${entries} entries.`,
      kept: (years: string) => `The file is not signed, so the finalised years on this PC are kept as they are, not replaced: ${years}.`,
    },
    backups: {
      heading: 'Automatic backups',
      explain:
        'The app backs up all data after every import, when results are finalised, and at most every 15 minutes while editing. It keeps the newest 10 and one a day for 30 days.',
      now: 'Back up now',
      done: 'Backed up.',
      empty: 'No backups yet.',
      when: 'When',
      reason: 'Reason',
      size: 'Size',
      clusters: 'Clusters',
      reasons: {
        import: 'After an import',
        finalise: 'On finalising results',
        editing: 'While editing',
        manual: 'Manual backup',
        beforeRestore: 'Before a restore',
        beforeUpgrade: 'Before an upgrade',
      },
      save: 'Save as file',
      restore: 'Restore',
      confirmRestore: 'Replace all current data with this backup? (The current data is backed up first.)',
      yes: 'Restore',
      no: 'No',
      restored: 'Restored. The previous data is kept in the backup "Before a restore".',
    },
  },
};
