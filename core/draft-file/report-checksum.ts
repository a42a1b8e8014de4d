/**
 * SHA-256 of the canonical JSON of a report, as lowercase hex: written into every .baocao.json and into
 * every journal copy, checked when they are read back. Pure and synchronous (@noble/hashes), so core stays
 * free of Node APIs and parsing stays a plain function.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

export const CHECKSUM_ALGORITHM = 'SHA-256' as const;
export const CHECKSUM_PATTERN = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function reportChecksum(report: unknown): string {
  return sha256Hex(canonicalJson(report));
}
