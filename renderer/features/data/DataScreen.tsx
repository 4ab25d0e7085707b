import { useState } from 'react';
import { useStrings } from '../../i18n/strings';
import { BackupsPanel } from './BackupsPanel';
import { HandoverPanel } from './HandoverPanel';
import { WebStorageNotice } from './WebStorageNotice';

/** Bàn giao & sao lưu: hand the cluster over to the next leader's office, and keep backups of everything. */
export function DataScreen() {
  const t = useStrings().data;
  // Bumped after an import so the backup list shows the backup it took.
  const [version, setVersion] = useState(0);
  return (
    <div className="screen">
      <h1>{t.heading}</h1>
      <WebStorageNotice />
      <HandoverPanel onImported={() => setVersion((v) => v + 1)} />
      <BackupsPanel version={version} />
    </div>
  );
}
