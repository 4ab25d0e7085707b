import { canonicalJson, sha256Hex } from '../../shared/engine/audit-chain';
import { newSigningKeyPair, type SigningKeyPair } from '../../shared/engine/signing';
import { readHandoverFile, type ReceivedPackage } from '../../shared/interchange/handover-file';
import { bytesToBase64, PACKAGE_KIND, serializePackage, type DataPackage } from '../../shared/interchange/handover-package';
import { verifyHandoverFile, type SenderKeys, type VerifiedPackage } from '../../shared/interchange/handover-signature';

/** The text of a package as the app wrote it before signatures (package version 1: checksum of the content only). */
export function versionOneText(pkg: DataPackage): string {
  const { purpose, createdAt, content } = pkg;
  const file = { kind: PACKAGE_KIND, packageVersion: 1, purpose, createdAt, checksum: sha256Hex(canonicalJson(content)), content };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A package as the receive flow hands it to the `handover-receive` command: written and signed (with `key`, or a key
 * of another office), read back by the one hand-over reader and verified — or, with `key: null`, an unsigned file of
 * package version 1 (docs/format.md, "Tệp cũ không có chữ ký").
 */
export function receivedFile(
  pkg: DataPackage,
  key: SigningKeyPair | null = newSigningKeyPair(),
  keys: SenderKeys = { seen: [] },
): VerifiedPackage<ReceivedPackage> {
  const text = key ? serializePackage(pkg, key) : versionOneText(pkg);
  const read = readHandoverFile('ban-giao.json', new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.message);
  const checked = verifyHandoverFile(read.value, keys);
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

/** A received file (changed by a test, as another office would have before signing) signed and read again. */
export function signedAgain(received: ReceivedPackage, key: SigningKeyPair = newSigningKeyPair()): VerifiedPackage<ReceivedPackage> {
  const attachments = received.attachments.map(({ bytes, ...a }) => ({ ...a, dataBase64: bytesToBase64(bytes) }));
  const pkg: DataPackage = {
    purpose: received.purpose,
    createdAt: received.createdAt,
    content: { documents: [...received.documents], attachments },
    ...(received.seals ? { seals: received.seals } : {}),
  };
  return receivedFile(pkg, key);
}
