import { describe, expect, it } from 'vitest';
import { isKeyPair, keyFingerprint, newSigningKeyPair, signText, verifyText } from '../../../shared/engine/signing';

describe('installation signing key (Ed25519)', () => {
  const key = newSigningKeyPair();

  it('signs and verifies under one domain only, and refuses another key, another text or a malformed signature', () => {
    const signature = signText('cum-thi-dua/package/2', 'abc', key.secretKey);
    expect(verifyText('cum-thi-dua/package/2', 'abc', signature, key.publicKey)).toBe(true);
    expect(verifyText('cum-thi-dua/year-seal/1', 'abc', signature, key.publicKey)).toBe(false);
    expect(verifyText('cum-thi-dua/package/2', 'abd', signature, key.publicKey)).toBe(false);
    expect(verifyText('cum-thi-dua/package/2', 'abc', signature, newSigningKeyPair().publicKey)).toBe(false);
    expect(verifyText('cum-thi-dua/package/2', 'abc', 'zz', key.publicKey)).toBe(false);
    expect(verifyText('cum-thi-dua/package/2', 'abc', signature, 'not a key')).toBe(false);
  });

  it('knows a stored pair that was edited', () => {
    expect(isKeyPair(key)).toBe(true);
    expect(isKeyPair({ ...key, publicKey: newSigningKeyPair().publicKey })).toBe(false);
  });

  it('gives a short fingerprint to read over the phone: five groups of four hex digits, the same for the same key', () => {
    // RFC 8032 test 1 public key: a fixed input gives a fixed fingerprint on every machine.
    const rfc = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
    expect(keyFingerprint(rfc)).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/u);
    expect(keyFingerprint(rfc)).toBe('21FE-31DF-A154-A261-626B'); // sha256 of the key bytes, first 10 bytes
    expect(keyFingerprint(key.publicKey)).not.toBe(keyFingerprint(rfc));
  });
});
