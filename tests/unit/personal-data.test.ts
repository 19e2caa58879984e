import { describe, expect, it } from 'vitest';
import { findPersonalData, luhnValid } from '../../src/checker/rules/personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((m) => m.kind);

describe('personal data that must be masked', () => {
	it.each([
		['an ID number with a valid check digit', '证件号 11010519491231002X 已登记', 'idNumber'],
		['an ID number whose check digit is wrong', '身份证 101110195809267893', 'idNumber'],
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
	])('ignores %s', (_name, text) => {
		expect(findPersonalData(text)).toEqual([]);
	});

	it('checks Luhn correctly', () => {
		expect(luhnValid('4111111111111111')).toBe(true);
		expect(luhnValid('4111111111111112')).toBe(false);
	});
});

it('the Luhn-passing order number in the table really passes Luhn', () => {
	expect(luhnValid('2024112300001238')).toBe(true);
});
