import { describe, expect, it } from 'vitest';
import { UNSUPPORTED_SYSTEM_MESSAGES, unsupportedSystemMessage } from './minimum-system';

describe('minimum system (Windows 10)', () => {
  it.each([
    ['win32', '10.0.19045', null], // Windows 10 22H2
    ['win32', '10.0.26100', null], // Windows 11 24H2
    ['win32', '6.3.9600', UNSUPPORTED_SYSTEM_MESSAGES.windowsTooOld], // Windows 8.1
    ['win32', '6.1.7601', UNSUPPORTED_SYSTEM_MESSAGES.windowsTooOld], // Windows 7 SP1
    ['win32', 'unknown', null],
    ['linux', '6.1.0-18-amd64', null],
  ] as const)('%s %s → %s', (platform, release, expected) => {
    expect(unsupportedSystemMessage(platform, release)).toBe(expected);
  });
});
