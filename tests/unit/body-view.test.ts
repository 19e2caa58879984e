/**
 * The form's preview shows the account from the body's MDX syntax tree (the tree the checker
 * judges), so it renders Markdown as the case page does, where a line splitter guessed.
 */
import { describe, expect, it } from 'vitest';
import { bodyView } from '../../src/lib/body-view.ts';
import { parseMdxAsBuilt } from '../../src/checker/node/parse-mdx.ts';
import { parseMdxInBrowser } from '../../src/client/author/parse-mdx.ts';

const view = (body: string) => JSON.stringify(bodyView(parseMdxInBrowser, body));

describe('the preview of an account', () => {
	it('a list right under a paragraph, bold text and a heading, as the page renders them', () => {
		expect(view('## 经过\n\n客人**很着急**：\n- 先叫车\n- 别淋湿电脑')).toBe(
			JSON.stringify([
				{ tag: 'h5', children: ['经过'] },
				{ tag: 'p', children: ['客人', { tag: 'strong', children: ['很着急'] }, '：'] },
				{
					tag: 'ul',
					children: [
						{ tag: 'li', children: ['先叫车'] },
						{ tag: 'li', children: ['别淋湿电脑'] },
					],
				},
			]),
		);
	});

	it('shows a link by its text and a component by its children, never its markup', () => {
		expect(view('见[另一个案例](/cases/gold-card-lounge/)。\n\n> 引用 `代码`')).toBe(
			JSON.stringify([
				{ tag: 'p', children: ['见', '另一个案例', '。'] },
				{
					tag: 'blockquote',
					children: [{ tag: 'p', children: ['引用 ', { tag: 'code', children: ['代码'] }] }],
				},
			]),
		);
	});

	it('reads the same tree in the browser as the build does', () => {
		const body = '1. 第一步\n2. 第二步\n\n| 时间 | 事 |\n| --- | --- |\n| 9:40 | 到店 |';
		expect(view(body)).toBe(JSON.stringify(bodyView(parseMdxAsBuilt, body)));
	});

	it('a body that does not parse is shown as its text; an empty body as nothing', () => {
		expect(bodyView(parseMdxInBrowser, '价格<5元')).toEqual([{ tag: 'p', children: ['价格<5元'] }]);
		expect(bodyView(parseMdxInBrowser, '  \n')).toEqual([]);
	});
});
