import { describe, expect, it } from 'vitest';
import { readCaseSource } from '../../src/checker/source.ts';
import { interactionRules } from '../../src/checker/rules/interaction.ts';
import { renderMessage } from '../../src/checker/messages.ts';

const caseWith = (steps: string[]) => {
	const text = [
		'---',
		'id: x-case',
		'interaction:',
		...steps.map((step, i) => `  - { step: ${step}, text: 第${i + 1}步, perception: 0 }`),
		'---',
		'',
	].join('\n');
	const source = readCaseSource('content/cases/x-case.mdx', text);
	return interactionRules(source, source.data as Record<string, unknown>);
};

describe('interaction order', () => {
	it('accepts the course’s order, with steps left out or repeated in place', () => {
		expect(caseWith(['explore', 'propose', 'act', 'confirm'])).toEqual([]);
		expect(caseWith(['explore', 'act', 'act', 'confirm'])).toEqual([]);
		expect(caseWith([])).toEqual([]);
	});

	it('warns at each step that comes after a later one, on its own line', () => {
		const problems = caseWith(['act', 'explore', 'propose', 'confirm']);
		expect(problems.map((p) => [p.severity, p.rule, p.field, p.line])).toEqual([
			['warning', 'interaction-order', 'interaction[1].step', 5],
			['warning', 'interaction-order', 'interaction[2].step', 6],
		]);
		expect(renderMessage(problems[0]!, 'en')).toContain(
			'step explore comes after act; the course’s order is explore → propose → act → confirm',
		);
		expect(renderMessage(problems[0]!, 'zh')).toContain('这一步 explore 写在 act 之后');
	});
});
