/**
 * `npm run new [-- --kind mot|scqa --cell C2.3 --title 标题 --industry banking --id my-id]`
 * Writes `content/cases/<id>.mdx` with a free id; asks for what is missing when run in a
 * terminal. Fields to fill hold a 待填写 marker that `npm run check` points at.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { parseGridCode } from '../schemas/grid.ts';
import { scaffoldCase, type ScaffoldOptions } from '../src/authoring/scaffold.ts';
import { casesDir, findCaseFiles } from '../src/checker/project-fs.ts';
import { caseFilePath } from '../schemas/case.ts';
import { readCaseSource } from '../src/checker/source.ts';
import { contentReader } from '../src/checker/content-file-fs.ts';
import { printable } from '../src/checker/printable.ts';
import { loadVocabulary } from '../src/config/load-fs.ts';
import { inEveryLanguage } from '../src/i18n/translations.ts';
import { placeholderMarker } from '../schemas/guidance.ts';

const usage = `${inEveryLanguage('usage')}: npm run new -- [--kind mot|scqa] [--cell C2.3[,C1]] [--title 标题] [--industry 行业] [--id 英文-id] [--author 作者] [--stdout]`;

/** Every id and alias already in use, drafts included, so a new id never collides. */
function takenIds(root: string): Set<string> {
	const taken = new Set<string>();
	const read = contentReader(root);
	for (const file of findCaseFiles(root, { drafts: true }).cases) {
		// The same safe read as `check`: a symlink to /dev/zero or a FIFO is skipped, not opened.
		const { text } = read(file);
		if (text === undefined) continue;
		const data = readCaseSource(file, text).data as Record<string, unknown> | undefined;
		if (typeof data?.id === 'string') taken.add(data.id);
		if (Array.isArray(data?.aliases)) for (const alias of data.aliases) taken.add(String(alias));
	}
	return taken;
}

function gitUserName(): string | undefined {
	try {
		return (
			execFileSync('git', ['config', 'user.name'], {
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
			}).trim() || undefined
		);
	} catch {
		return undefined;
	}
}

async function main(argv: string[]): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			strict: true,
			options: {
				kind: { type: 'string' },
				cell: { type: 'string' },
				title: { type: 'string' },
				industry: { type: 'string' },
				id: { type: 'string' },
				author: { type: 'string' },
				stdout: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		// An unknown or misspelled option (`--titel`): say so and how to call it, no stack trace.
		console.error(`${printable((error as Error).message)}\n\n${usage}`);
		return 2;
	}
	const { values } = parsed;
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const root = resolve(process.cwd());
	const vocabulary = loadVocabulary(root);
	const interactive = process.stdin.isTTY && process.stdout.isTTY;
	const rl = interactive
		? createInterface({ input: process.stdin, output: process.stdout })
		: undefined;
	const ask = async (question: string, fallback?: string) => {
		if (!rl) return fallback;
		const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
		return answer || fallback;
	};

	try {
		const kind =
			values.kind ?? (await ask(`${inEveryLanguage('new.ask.kind')} (mot / scqa)`, 'mot'));
		if (kind !== 'mot' && kind !== 'scqa')
			throw new Error(inEveryLanguage('new.kindInvalid', { kind }));
		const cells = (values.cell ?? (await ask(inEveryLanguage('new.ask.grid'))) ?? '')
			.split(/[,,\s]+/)
			.filter(Boolean);
		if (!cells.length) throw new Error(`${inEveryLanguage('new.cellRequired')}\n${usage}`);
		for (const cell of cells)
			if (!parseGridCode(cell)) throw new Error(inEveryLanguage('new.cellInvalid', { cell }));
		const title = values.title ?? (await ask(inEveryLanguage('new.ask.title')));
		const industryKeys = Object.keys(vocabulary.industries);
		const industry =
			values.industry ??
			(await ask(`${inEveryLanguage('new.ask.industry')} (${industryKeys.join(' / ')})`));
		if (industry && !industryKeys.includes(industry))
			throw new Error(
				inEveryLanguage('new.industryUnknown', { industry, industries: industryKeys.join(', ') }),
			);
		const author = values.author ?? gitUserName();

		const options: ScaffoldOptions = {
			kind,
			grid: cells.map((c) => c.toUpperCase()),
			title: title || undefined,
			id: values.id,
			industry: industry || undefined,
			authors: author ? [author] : undefined,
		};
		const { id, mdx } = scaffoldCase(options, takenIds(root));
		if (values.stdout) {
			process.stdout.write(mdx);
			return 0;
		}
		const path = join(root, caseFilePath(id));
		if (existsSync(path)) throw new Error(inEveryLanguage('new.exists', { path }));
		mkdirSync(join(root, casesDir), { recursive: true });
		writeFileSync(path, mdx);
		console.log(inEveryLanguage('new.created', { file: caseFilePath(id) }));
		console.log(inEveryLanguage('new.next', { marker: placeholderMarker, file: caseFilePath(id) }));
		return 0;
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	} finally {
		rl?.close();
	}
}

process.exitCode = await main(process.argv.slice(2));
