/**
 * Ed25519 signatures of this installation (docs/format.md, "Chữ ký và mốc niêm phong"): the key pair signs hand-over
 * files, backups and the seal of each finalised year. The curve comes from @noble/curves (audited, no dependencies
 * but @noble/hashes, synchronous, the same code in node, the renderer and a worker); verification is strict RFC 8032
 * (zip215: false), so a signature has exactly one valid encoding.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

export interface SigningKeyPair {
  /** 32 bytes as 64 lower-case hex digits; never leaves the installation's database. */
  readonly secretKey: string;
  /** 32 bytes as 64 lower-case hex digits. */
  readonly publicKey: string;
}

const HEX_KEY = /^[0-9a-f]{64}$/u;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/u;

export const isPublicKeyHex = (text: string): boolean => HEX_KEY.test(text);

export function newSigningKeyPair(): SigningKeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return { secretKey: bytesToHex(secretKey), publicKey: bytesToHex(publicKey) };
}

/** True when `publicKey` is the public key of `secretKey` (a stored pair that was edited does not pass). */
export function isKeyPair(pair: SigningKeyPair): boolean {
  if (!HEX_KEY.test(pair.secretKey) || !HEX_KEY.test(pair.publicKey)) return false;
  return bytesToHex(ed25519.getPublicKey(hexToBytes(pair.secretKey))) === pair.publicKey;
}

/**
 * Signs `message` with a domain label, so a signature made for one purpose (a file) can never be replayed as
 * another (a year's seal).
 */
export function signText(domain: string, message: string, secretKey: string): string {
  return bytesToHex(ed25519.sign(utf8ToBytes(`${domain}\n${message}`), hexToBytes(secretKey)));
}

/** Verifies a signature made by signText; malformed keys or signatures are simply not valid. */
export function verifyText(domain: string, message: string, signature: string, publicKey: string): boolean {
  if (!HEX_SIGNATURE.test(signature) || !HEX_KEY.test(publicKey)) return false;
  try {
    return ed25519.verify(hexToBytes(signature), utf8ToBytes(`${domain}\n${message}`), hexToBytes(publicKey), { zip215: false });
  } catch {
    return false;
  }
}

/**
 * The key's fingerprint, read aloud over the phone or compared with the one printed on the hand-over record: the
 * first 80 bits of SHA-256(public key) as five groups of four upper-case hex digits, "3F2A-91C0-7B44-E1D2-0A9F".
 * 80 bits keep a forged key with the same fingerprint out of reach (2^80 tries) while staying short to read.
 */
export function keyFingerprint(publicKey: string): string {
  const hex = bytesToHex(sha256(hexToBytes(publicKey))).slice(0, 20).toUpperCase();
  return hex.match(/.{4}/gu)?.join('-') ?? hex;
}
