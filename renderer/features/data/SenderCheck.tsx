import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/base/date-format';
import type { VerifiedPackage } from '../../../shared/interchange/handover-signature';
import { send } from '../../commands';
import { useStrings } from '../../i18n/strings';

const localDate = (iso: string) => formatDate(iso);

/**
 * Who signed a received hand-over file (docs/format.md, "Chữ ký và mốc niêm phong"): the key's fingerprint to
 * compare by phone or with the hand-over record, whether this PC has seen it for these clusters, the warnings, and
 * the finalised years that matched their seals.
 */
export function SenderCheck({ verified, kept }: { verified: Omit<VerifiedPackage, 'pkg'>; kept: readonly number[] }) {
  const t = useStrings().data.signature;
  const { sender } = verified;
  return (
    <div className="sender-check" role="group" aria-label={t.heading}>
      {sender.kind === 'signed' ? (
        <p>
          {t.fingerprint}: <code className="fingerprint" aria-label={t.fingerprint}>{sender.fingerprint}</code>
          <br />
          <span className="muted small" data-standing={sender.standing}>
            {sender.standing === 'known' ? t.standing.known(sender.firstSeenAt ? localDate(sender.firstSeenAt) : '') : t.standing[sender.standing]}
          </span>
        </p>
      ) : (
        <p className="unsigned">
          <strong>{t.unsigned}</strong>
        </p>
      )}
      {verified.warnings.map((w) => (
        <p key={w} className="notice notice-warning small" role="alert">
          {w}
        </p>
      ))}
      {kept.length > 0 && <p className="small">{t.kept(kept.join(', '))}</p>}
      {verified.years.length > 0 && (
        <>
          <p className="small">{t.years(sender.kind === 'signed')}</p>
          <ul className="small sealed-years">
            {verified.years.map((y) => (
              <li key={`${y.clusterId}-${y.year}`}>{t.year(y.year, y.locked, (y.checksum ?? '').slice(0, 12), y.logEntries)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** This installation's key fingerprint, to read to the receiving office or print on the hand-over record. */
export function OwnKeyFingerprint() {
  const t = useStrings().data.signature;
  const [fingerprint, setFingerprint] = useState<string>();
  useEffect(() => {
    let live = true;
    void send('signing-key').then((r) => {
      if (live && r.ok) setFingerprint(r.value.fingerprint);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!fingerprint) return null;
  return (
    <p className="small own-key">
      {t.ownKey}: <code className="fingerprint" aria-label={t.ownKey}>{fingerprint}</code>
      <br />
      <span className="muted">{t.ownKeyHint}</span>
    </p>
  );
}
