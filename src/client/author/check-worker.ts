/**
 * The form's checker, off the page's main thread: parsing a long or hostile body can take the
 * parser a while, and the author's typing must never freeze. Answers each request with its id.
 */
import './zod-jitless.ts';
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import { checkDraft, type PublishedCase } from '../../authoring/check-draft.ts';
import { createCheckContext, type CheckContext } from '../../checker/check.ts';
import { parseMdxInBrowser } from './parse-mdx.ts';

export interface CheckRequest {
	id: number;
	/** Sent with the first request only. */
	vocabulary?: Vocabulary;
	file: string;
	mdx: string;
	published: PublishedCase[];
}

let context: CheckContext | undefined;
self.onmessage = ({ data }: MessageEvent<CheckRequest>) => {
	if (data.vocabulary) context = createCheckContext(data.vocabulary, parseMdxInBrowser);
	self.postMessage({
		id: data.id,
		problems: checkDraft(data.file, data.mdx, context!, data.published),
	});
};
