import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { messages } from '../../src/checker/messages.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
	it('documents every rule the checker can report, and no rule it cannot', () => {
		const rules = new Set(Object.values(messages).map((m) => m.rule));
		const documented = new Set([...readme.matchAll(/^\| `([a-z-]+)` \| (?:error|warning)/gm)].map((m) => m[1]));
		expect([...documented].sort()).toEqual([...rules].sort());
	});

	it('shows the two commands and the test command', () => {
		expect(readme).toContain('npm install && npm start');
		expect(readme).toContain('npm install && npm test');
	});
});

describe('the message table', () => {
	it('has the same placeholders in Chinese and English for every message', () => {
		const names = (text: string) => [...text.replace(/\{\{|\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const [key, entry] of Object.entries(messages)) expect(names(entry.en), key).toEqual(names(entry.zh));
	});
});
