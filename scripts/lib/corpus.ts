/**
 * Generates a corpus of N cases for benchmarks, into a folder outside `content/`: the sample
 * cases, each cloned with a new id (aliases dropped, links pointed at other clones), so the
 * checker and the build do the same work per case as on real content.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCaseFiles } from '../../src/checker/project.ts';

export interface Corpus {
	root: string;
	count: number;
}

export function generateCorpus(repoRoot: string, count: number): Corpus {
	const samples = findCaseFiles(repoRoot).cases.map((file) => readFileSync(join(repoRoot, file), 'utf8'));
	if (!samples.length) throw new Error('no sample cases to clone');
	const root = mkdtempSync(join(tmpdir(), 'mot-corpus-'));
	mkdirSync(join(root, 'content/cases'), { recursive: true });
	for (const file of ['content/site.yaml', 'content/vocabulary.yaml']) cpSync(join(repoRoot, file), join(root, file));
	const ids = samples.map((text) => /^id: (.+)$/m.exec(text)![1]!.trim());
	for (let i = 0; i < count; i++) {
		const sample = i % samples.length;
		const round = Math.floor(i / samples.length);
		// Related ids and links point at clones of the same round, which exist when the round is complete.
		const suffix = (id: string) => `${id}-${round}`;
		const complete = (round + 1) * samples.length <= count;
		let text = samples[sample]!.replace(/^id: (.+)$/m, (_, id: string) => `id: ${suffix(id.trim())}`).replace(/^aliases: .*\n/m, '');
		text = complete
			? text.replace(/^related: \[(.*)\]$/m, (_, list: string) => `related: [${list.split(',').map((s) => suffix(s.trim())).join(', ')}]`)
			: text.replace(/^related: .*\n/m, '');
		text = text.replace(/\/cases\/([a-z0-9-]+)\//g, (_whole, id: string) => (complete && ids.includes(id) ? `/cases/${suffix(id)}/` : '/cases/'));
		writeFileSync(join(root, 'content/cases', `${ids[sample]}-${round}.mdx`), text);
	}
	return { root, count };
}
