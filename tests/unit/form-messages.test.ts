/**
 * The form's words for the checker's problems: by the field's label, what to do, no YAML; the
 * command line keeps its own messages.
 */
import { describe, expect, it } from 'vitest';
import { formMessage, plainLabel } from '../../src/authoring/form-messages.ts';
import { messageRules, renderMessage, type MessageKey } from '../../src/checker/messages.ts';
import type { Problem } from '../../src/checker/problem.ts';
import { caseFields } from '../../schemas/case-fields.ts';

const problem = (
	message: MessageKey,
	params: Record<string, unknown> = {},
	fix?: string,
): Problem => ({
	file: 'content/cases/x.mdx',
	line: 1,
	column: 1,
	severity: 'error',
	rule: messageRules[message],
	field: 'industry',
	message,
	params,
	...(fix ? { fix } : {}),
});

/** A case-file key followed by a colon (`industry: telecom`, `time.start:`), or a "change to". */
const keys = [...caseFields.map((f) => f.key), 'start', 'end', 'side', 'outcome'];
const yamlish = new RegExp(
	`(?:^|(?<![A-Za-z])[^\\w])(?:${keys.join('|')})(?:[.[][\\w.[\\]]*)?[:：] ?[a-z{]|改为：|[Cc]hange to|YAML`,
);

describe('the form says problems in plain words', () => {
	it('explains a body the MDX parser cannot read without the parser’s English', () => {
		const reason = 'Unexpected character `3` (U+0033) after attribute name';
		const broken = problem('mdx.syntax', { detail: reason });
		const zh = formMessage(broken, 'zh', { label: '事件经过', control: 'text' });
		expect(zh).toContain('事件经过');
		expect(zh).toContain('＜');
		expect(zh).not.toContain('Unexpected');
		expect(formMessage(broken, 'en', { label: 'Account', control: 'text' })).not.toContain(reason);
		// The command line keeps the parser's reason, with its line.
		expect(
			renderMessage({ message: 'mdx.syntax', params: { detail: reason }, field: 'body' }, 'zh'),
		).toContain(reason);
	});

	it('names the field by its label and says what to do, by how the field is filled in', () => {
		const empty = problem('field.empty');
		expect(formMessage(empty, 'zh', { label: '标题', control: 'text' })).toBe('标题不能为空');
		expect(formMessage(empty, 'en', { label: 'Title', control: 'text' })).toBe('Title is empty');
		const missing = problem('field.required', {}, 'industry: telecom');
		expect(formMessage(missing, 'zh', { label: '行业', control: 'select' })).toBe('请选择行业');
		expect(formMessage(missing, 'en', { label: 'Industry', control: 'select' })).toBe(
			'Choose the industry',
		);
		expect(
			formMessage(problem('field.list.empty'), 'zh', { label: '人物', control: 'group' }),
		).toBe('人物：至少填写一项');
		// The command line still speaks YAML, with its fix.
		expect(renderMessage(missing, 'zh')).toContain('改为：industry: telecom');
	});

	it('has no YAML in any message the form can show, in either language', () => {
		const params = {
			value: 'custmer',
			options: 'customer, staff',
			suggestion: 'customer',
			outcome: 'positive',
			other: 'content/cases/gold-card-lounge.mdx',
			count: 50,
			key: 'keypoints',
			expected: 'list',
			part: '事件经过',
			range: '800–1500',
			fixed: '：',
		};
		for (const message of Object.keys(messageRules) as MessageKey[]) {
			if (/^(yaml|file|frontmatter|set|note|synonyms|key)\./.test(message)) continue;
			for (const lang of ['zh', 'en'] as const) {
				const text = formMessage(problem(message, params, 'side: customer'), lang, {
					label: lang === 'zh' ? '一方' : 'Side',
					control: 'select',
				});
				expect(text, `${message} ${lang}`).not.toMatch(yamlish);
				expect(text, `${message} ${lang}`).not.toContain('custmer”？');
			}
		}
	});

	it('takes the label as the form shows it, without the required mark or "(optional)"', () => {
		expect(plainLabel('标题 *')).toBe('标题');
		expect(plainLabel('结束时间（可不填）')).toBe('结束时间');
		expect(plainLabel('Updated (optional)')).toBe('Updated');
	});
});
