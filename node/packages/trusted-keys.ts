/**
 * The Ed25519 public keys compiled into the app (U-01). A package verifies only against these, so a
 * stick carrying a package signed by anyone else is refused. The matching private key lives offline on
 * the release machine and never enters the repository; add the next key here before rotating.
 * Same text as build/update-public-key.pem (a test keeps them equal).
 */
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';

export const BUILT_IN_PUBLIC_KEYS_PEM: readonly string[] = [
  `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEA56pXvXyAmo9nK0O8iVLE+RNlkB3Ce8gBYuEqgvkxmYI=
-----END PUBLIC KEY-----
`,
];

export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

/** First 16 hex digits of SHA-256 over the SPKI DER: short, stable, written into every manifest. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Parses PEM public keys; throws (with the reason) on anything that is not an Ed25519 key. */
export function trustedKeysFromPem(pems: readonly string[]): TrustedKey[] {
  return pems.map((pem) => {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519')
      throw new Error(`not an Ed25519 public key: ${key.asymmetricKeyType ?? 'unknown'}`);
    return { keyId: keyIdOf(key), key };
  });
}

export function builtInTrustedKeys(): TrustedKey[] {
  return trustedKeysFromPem(BUILT_IN_PUBLIC_KEYS_PEM);
}
