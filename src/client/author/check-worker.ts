/**
 * The form's checker, off the page's main thread: parsing a long or hostile body can take the
 * parser a while, and the author's typing must never freeze. Answers each request with its id,
 * the problems, and the body as the preview shows it, from the same syntax tree.
 */
import './zod-jitless.ts';
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import { checkDraft, type PublishedCase } from '../../authoring/check-draft.ts';
import { createCheckContext, type CheckContext } from '../../checker/check.ts';
import type { BodyNode } from '../../checker/mdx-parse.ts';
import { bodyView } from '../../lib/body-view.ts';
import type { ViewNode } from '../../lib/case-view.ts';
import { parseMdxInBrowser } from './parse-mdx.ts';

export interface CheckRequest {
	id: number;
	/** Sent with the first request only. */
	vocabulary?: Vocabulary;
	file: string;
	mdx: string;
	/** The body alone, for the preview. */
	body: string;
	published: PublishedCase[];
}

export interface CheckReply {
	id: number;
	problems: ReturnType<typeof checkDraft>;
	body: ViewNode[];
}

/** The last body parsed: the checker and the preview read the same tree, parsed once. */
let last: { body: string; tree: BodyNode } | undefined;
const parseOnce = (body: string): BodyNode => {
	if (last?.body !== body) last = { body, tree: parseMdxInBrowser(body) };
	return last.tree;
};

let context: CheckContext | undefined;
self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
	if (data.vocabulary) context = createCheckContext(data.vocabulary, parseOnce);
	const reply: CheckReply = {
		id: data.id,
		problems: checkDraft(data.file, data.mdx, context!, data.published),
		body: bodyView(parseOnce, data.body),
	};
	self.postMessage(reply);
};
