import { describe, expect, it } from 'vitest';
import { isAllowedRequest } from '../security-policy';
import { isAllowedUpdateRequest } from './update-request-filter';

const FEED = 'https://capnhat.tinhuy.vn/soan-bao-cao/';

describe('update session request filter', () => {
  it.each([
    ['https://capnhat.tinhuy.vn/soan-bao-cao/latest.yml', true],
    ['https://capnhat.tinhuy.vn/soan-bao-cao/soan-bao-cao-0.2.0-win-x64.exe.manifest.sig', true],
    ['https://capnhat.tinhuy.vn:8443/soan-bao-cao/latest.yml', false],
    ['http://capnhat.tinhuy.vn/soan-bao-cao/latest.yml', false],
    ['https://evil.example/latest.yml', false],
    ['https://user:pw@capnhat.tinhuy.vn/soan-bao-cao/latest.yml', false],
    ['file:///C:/Windows/win.ini', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedUpdateRequest(url, FEED)).toBe(allowed);
  });

  it('the renderer’s default session still refuses the feed (only the update session may reach it)', () => {
    expect(isAllowedRequest('https://capnhat.tinhuy.vn/soan-bao-cao/latest.yml')).toBe(false);
  });
});
