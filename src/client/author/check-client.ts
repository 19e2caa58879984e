/**
 * The page's side of the checker worker (check-worker.ts): one request at a time in flight is
 * enough, and only the answer to the newest draft matters, so older answers are dropped.
 */
import type { Vocabulary } from '../../../schemas/vocabulary.ts';
import type { PublishedCase } from '../../authoring/check-draft.ts';
import type { Problem } from '../../checker/problem.ts';
import type { CheckRequest } from './check-worker.ts';

export interface DraftChecker {
	/** Resolves with the draft's problems, or with undefined when a newer draft was sent meanwhile. */
	check(file: string, mdx: string, published: PublishedCase[]): Promise<Problem[] | undefined>;
}

export function createDraftChecker(vocabulary: Vocabulary): DraftChecker {
	const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
	let latest = 0;
	let sentVocabulary = false;
	const waiting = new Map<number, (problems: Problem[] | undefined) => void>();
	worker.onmessage = ({ data }: MessageEvent<{ id: number; problems: Problem[] }>) => {
		for (const [id, resolve] of waiting) {
			if (id > data.id) continue;
			resolve(id === latest ? data.problems : undefined);
			waiting.delete(id);
		}
	};
	return {
		check(file, mdx, published) {
			const request: CheckRequest = {
				id: ++latest,
				file,
				mdx,
				published,
				...(sentVocabulary ? {} : { vocabulary }),
			};
			sentVocabulary = true;
			worker.postMessage(request);
			return new Promise((resolve) => waiting.set(request.id, resolve));
		},
	};
}
