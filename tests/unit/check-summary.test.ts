/** The checker's summary line counts in the reader's language: "1 error", "2 errors", "1 个错误". */
import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/checker/format.ts';

describe('the summary line of check', () => {
	it('uses the English plural rules', () => {
		expect(formatSummary({ files: 1, errors: 1, warnings: 1 }, 'en')).toBe(
			'Checked 1 case file: 1 error, 1 warning',
		);
		expect(formatSummary({ files: 2, errors: 0, warnings: 3 }, 'en')).toBe(
			'Checked 2 case files: 0 errors, 3 warnings',
		);
	});

	it('says the same in Chinese, which has one form', () => {
		expect(formatSummary({ files: 1, errors: 1, warnings: 0 }, 'zh')).toBe(
			'检查了 1 个案例文件：1 个错误，0 个警告',
		);
	});
});
