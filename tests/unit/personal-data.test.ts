import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/checker/messages.ts';
import { locales } from '../../schemas/locales.ts';
import { fileNameRules, textRules } from '../../src/checker/rules/content.ts';
import { findPersonalData, luhnValid } from '../../src/checker/rules/personal-data.ts';
import { readCaseSource } from '../../src/checker/source.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('personal data that must be masked', () => {
	it.each([
		['an ID number with a valid check digit', '证件号 11010519491231002X 已登记', 'idNumber'],
		['an ID number whose check digit is wrong', '身份证 110105195809267893', 'idNumber'],
		['an ID number written in groups', '110105 19880715 6617', 'idNumber'],
		['a mobile number', '请拨 13912345678 联系', 'mobile'],
		['a mobile number with separators', '电话 139-1234-5678', 'mobile'],
		['a mobile number with +86', '+86 139 1234 5678', 'mobile'],
		['a UnionPay card number', '卡号 6222021234567890128', 'bankCard'],
		['a card number in groups of four', '4111 1111 1111 1111', 'bankCard'],
		['an e-mail address', '发到 zhang.li@corp.cn 吧', 'email'],
	])('finds %s', (_name, text, kind) => {
		expect(kinds(text)).toEqual([kind]);
	});

	it('gives the masked form as the fix', () => {
		const [match] = findPersonalData('请拨 13912345678');
		expect(match!.masked).toBe('139****5678');
	});
});

describe('personal data written with full-width characters, other separators or prefixes', () => {
	it.each([
		[
			'a mobile number in full-width digits',
			'请拨１３９１２３４５６７８联系',
			'mobile',
			'139****5678',
			'１３９１２３４５６７８',
		],
		[
			'a mobile number after 0086',
			'电话 008613912345678',
			'mobile',
			'139****5678',
			'008613912345678',
		],
		[
			'a mobile number after +86 with no space',
			'+8613912345678',
			'mobile',
			'139****5678',
			'+8613912345678',
		],
		['a mobile number with dots', '电话 139.1234.5678', 'mobile', '139****5678', '139.1234.5678'],
		[
			'a mobile number with ideographic spaces',
			'电话 139\u30001234\u30005678',
			'mobile',
			'139****5678',
			'139\u30001234\u30005678',
		],
		[
			'a mobile number with no-break spaces',
			'电话 139\u00a01234\u00a05678',
			'mobile',
			'139****5678',
			'139\u00a01234\u00a05678',
		],
		[
			'a mobile number with narrow no-break spaces',
			'电话 139\u202f1234\u202f5678',
			'mobile',
			'139****5678',
			'139\u202f1234\u202f5678',
		],
		[
			'a mobile number in full-width digits and spaces',
			'１３９\u3000１２３４\u3000５６７８',
			'mobile',
			'139****5678',
			'１３９\u3000１２３４\u3000５６７８',
		],
		[
			'an ID number in full-width digits',
			'身份证１１０１０５１９８８０７１５６６１７',
			'idNumber',
			'110***********6617',
			'１１０１０５１９８８０７１５６６１７',
		],
		[
			'an ID number in full-width digits ending in a full-width X',
			'１１０１０５１９４９１２３１００２Ｘ',
			'idNumber',
			'110***********002X',
			'１１０１０５１９４９１２３１００２Ｘ',
		],
		[
			'a card number in full-width digits',
			'卡号６２２２０２１２３４５６７８９０１２８',
			'bankCard',
			'6222***********0128',
			'６２２２０２１２３４５６７８９０１２８',
		],
		[
			'an e-mail address with a full-width at sign',
			'邮箱 zhangsan＠qq.com',
			'email',
			'z***@qq.com',
			'zhangsan＠qq.com',
		],
		[
			'an e-mail address in full-width letters',
			'ｚｈａｎｇ＠ｑｑ．ｃｏｍ',
			'email',
			'z***@qq.com',
			'ｚｈａｎｇ＠ｑｑ．ｃｏｍ',
		],
		[
			'an e-mail address at a Chinese domain',
			'张三@例子.中国',
			'email',
			'张***@例子.中国',
			'张三@例子.中国',
		],
		[
			'an e-mail address at a domain with an umlaut',
			'写信到 user@bücher.de 吧',
			'email',
			'u***@bücher.de',
			'user@bücher.de',
		],
		[
			'an ASCII e-mail address followed by Chinese text',
			'发到zhang.li@corp.cn吧',
			'email',
			'z***@corp.cn',
			'zhang.li@corp.cn',
		],
	])('finds %s, masked, with its text as written', (_name, text, kind, masked, written) => {
		const matches = findPersonalData(text);
		expect(matches.map((m) => [m.kind, m.masked, m.text])).toEqual([[kind, masked, written]]);
		expect(text.slice(matches[0]!.index, matches[0]!.index + written.length)).toBe(written);
	});

	it('points at the number in the file as written, after full-width characters on the same line', () => {
		const text =
			'---\nid: pii-case\ntitle: 客户（全角）来电：１３９ １２３４ ５６７８\n---\n\n第一段。\n\n全角“括号”里写着（邮箱：ｚｈａｎｇ＠ｑｑ．ｃｏｍ）。\n';
		const problems = textRules(readCaseSource('content/cases/pii-case.mdx', text));
		const lines = text.split('\n');
		const at = (rule: string) => problems.find((p) => p.rule === rule)!;
		expect(at('pii-mobile')).toMatchObject({ field: 'title', line: 3, fix: '139****5678' });
		expect(lines[2]!.slice(at('pii-mobile').column - 1)).toMatch(/^１３９/);
		expect(at('pii-email')).toMatchObject({ field: 'body', line: 8, fix: 'z***@qq.com' });
		expect(lines[7]!.slice(at('pii-email').column - 1)).toMatch(/^ｚｈａｎｇ/);
		for (const problem of problems) {
			for (const lang of locales)
				expect(renderMessage(problem, lang)).not.toMatch(/１３９ １２３４|ｚｈａｎｇ|13912345678/);
		}
	});
});

describe('personal data in a file name', () => {
	const text = '---\nid: pii-case\n---\n\n正文。\n';
	it.each([
		['a mobile number', 'content/cases/case-13912345678.mdx', 'pii-mobile', '139****5678'],
		[
			'a mobile number in full-width digits',
			'content/cases/１３９１２３４５６７８.mdx',
			'pii-mobile',
			'139****5678',
		],
		['an e-mail address', 'content/cases/zhangsan@qq.com.mdx', 'pii-email', 'z***@qq.com'],
	])('reports %s on the file, masked', (_name, file, rule, masked) => {
		const problems = fileNameRules(readCaseSource(file, text));
		expect(problems.map((p) => [p.rule, p.field, p.params?.value])).toEqual([
			[rule, 'file', masked],
		]);
		for (const lang of locales) expect(renderMessage(problems[0]!, lang)).toContain(masked);
	});

	it('leaves ordinary names alone', () => {
		expect(fileNameRules(readCaseSource('content/cases/2024-03-02-queue-13.mdx', text))).toEqual(
			[],
		);
	});
});

describe('text that is not personal data', () => {
	it.each([
		['a masked mobile number', '回电 139****1234'],
		['a masked ID number', '身份证 110105********6617'],
		['a masked card number', '卡号 6222 **** **** 0128'],
		['a masked e-mail address', '邮箱 z***@corp.cn'],
		['a date-based order number', '订单号 2024112300001234'],
		['a long order number that happens to pass Luhn', '单号 2024112300001238'],
		['a timestamp', '20061022131000'],
		['a date and a time', '2006-04-22 13:10 至 14:06'],
		['a card-like number failing Luhn', '6222021234567890123'],
		['an 18-digit number with no real birth date', '110105198813456617'],
		['a hotline number', '客服热线 10086,95555'],
		['a landline with area code', '028-85201234'],
		['an example address', 'service@example.com'],
		['money and counts', '取款 4000 元,存入 80 元,22 张十元'],
		[
			'an order number holding a date, whose first two digits are no province',
			'订单号 100001202404220001',
		],
		['a number with one decimal point', '经度 139.12345678'],
		['a masked e-mail address with a full-width at sign', '邮箱 z***＠corp.cn'],
		['an example address at a Chinese-looking name', '张三@example.com'],
	])('ignores %s', (_name, text) => {
		expect(findPersonalData(text)).toEqual([]);
	});

	it('checks Luhn correctly', () => {
		expect(luhnValid('4111111111111111')).toBe(true);
		expect(luhnValid('4111111111111112')).toBe(false);
	});
});

describe('scanning time', () => {
	// A backtracking scan takes seconds to minutes on these; a linear one takes milliseconds. CPU time, not
	// wall time, so other work on the machine does not count.
	const size = 100_000;
	const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
	it.each([
		['digits only', repeat('1')],
		['digits and dots', repeat('1.')],
		['digits and spaces', repeat('13 ')],
		['digits, dots and spaces', repeat('139.1234 56.')],
		['digits with every separator', repeat('1\u3000\u00a0\u202f.-3 ')],
		['full-width digits and ideographic spaces', repeat('１３\u3000')],
		['at signs and dots', repeat('a@b.')],
		['long local parts and domains', repeat(`${'a'.repeat(70)}@${'b.'.repeat(130)}`)],
	])('finishes on 100 KB of %s well under a second', (_name, text) => {
		const started = process.cpuUsage();
		findPersonalData(text);
		const used = process.cpuUsage(started);
		expect((used.user + used.system) / 1000).toBeLessThan(500);
	});
});

it('the Luhn-passing order number in the table really passes Luhn', () => {
	expect(luhnValid('2024112300001238')).toBe(true);
});
