/**
 * The page's side of the checker worker (check-worker.ts): one request at a time in flight is
 * enough, and only the reply to the newest draft matters, so older replies are dropped.
 */
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import type { Problem } from '../../checker/problem.ts';
import type { ViewNode } from '../../lib/case-view.ts';
import type { CheckReply, CheckRequest } from './check-worker.ts';

export interface DraftChecker {
	/**
	 * Resolves with the draft's problems and its body as the preview shows it, or with undefined
	 * when a newer draft was sent meanwhile.
	 */
	check(
		file: string,
		mdx: string,
		body: string,
		published: PublishedCase[],
	): Promise<{ problems: Problem[]; body: ViewNode[] } | undefined>;
}

export function createDraftChecker(vocabulary: Vocabulary): DraftChecker {
	const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
	let latest = 0;
	let sentVocabulary = false;
	const waiting = new Map<
		number,
		(reply: { problems: Problem[]; body: ViewNode[] } | undefined) => void
	>();
	worker.onmessage = ({ data }: MessageEvent<CheckReply>) => {
		for (const [id, resolve] of waiting) {
			if (id > data.id) continue;
			resolve(id === latest ? { problems: data.problems, body: data.body } : undefined);
			waiting.delete(id);
		}
	};
	return {
		check(file, mdx, body, published) {
			const request: CheckRequest = {
				id: ++latest,
				file,
				mdx,
				body,
				published,
				...(sentVocabulary ? {} : { vocabulary }),
			};
			sentVocabulary = true;
			worker.postMessage(request);
			return new Promise((resolve) => waiting.set(request.id, resolve));
		},
	};
}
