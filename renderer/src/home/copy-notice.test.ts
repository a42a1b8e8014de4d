import { describe, expect, it } from 'vitest';
import { syntheticReport } from '../../../test-support/synthetic/synthetic-report';
import { copyNotice } from './copy-notice';

const report = syntheticReport({ pages: 1 });
const withHeader = (number: string, date: string) => ({ ...report, header: { ...report.header, number, date } });

describe('the message after "Nhân bản"', () => {
  it('names what the copy no longer has, only when the original had it', () => {
    expect(copyNotice(withHeader('125', '2024-05-02'))).toMatch(
      /Số văn bản và ngày ban hành của bản gốc đã được xóa trong bản sao; hãy điền khi văn bản được cấp số\.$/,
    );
    expect(copyNotice(withHeader('125', ''))).toMatch(/ Số văn bản của bản gốc đã được xóa trong bản sao;/);
    expect(copyNotice(withHeader('', '2024-05-02'))).toMatch(/ Ngày ban hành của bản gốc đã được xóa trong bản sao;/);
    expect(copyNotice(withHeader('', ''))).toBe('Đã tạo bản sao, có nhãn “Bản sao” trong danh sách.');
  });
});
