import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { messageRules } from '../../src/checker/messages.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
	it('documents every rule the checker can report, and no rule it cannot', () => {
		const rules = new Set(Object.values(messageRules));
		const documented = new Set(
			[...readme.matchAll(/^\| `([a-z-]+)` \| (?:error|warning)/gm)].map((m) => m[1]),
		);
		expect([...documented].sort()).toEqual([...rules].sort());
	});

	it('shows the two commands and the test command', () => {
		expect(readme).toContain('npm install && npm start');
		expect(readme).toContain('npm install && npm test');
	});
});
