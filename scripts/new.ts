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
import { casesDir, findCaseFiles } from '../src/checker/project.ts';
import { caseFilePath } from '../schemas/case.ts';
import { readCaseSource } from '../src/checker/source.ts';
import { contentReader } from '../src/checker/content-file.ts';
import { printable } from '../src/checker/printable.ts';
import { loadVocabulary } from '../src/config/load.ts';

const usage = `用法 / usage: npm run new -- [--kind mot|scqa] [--cell C2.3[,C1]] [--title 标题] [--industry 行业] [--id 英文-id] [--author 作者] [--stdout]`;

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
		return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
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
	const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
	const ask = async (question: string, fallback?: string) => {
		if (!rl) return fallback;
		const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
		return answer || fallback;
	};

	try {
		const kind = values.kind ?? (await ask('案例类型 kind (mot 关键时刻 / scqa 服务经验萃取)', 'mot'));
		if (kind !== 'mot' && kind !== 'scqa') throw new Error(`--kind 只能是 mot 或 scqa / --kind must be mot or scqa (got "${kind}")`);
		const cells = (values.cell ?? (await ask('方格代码 grid (如 C1.2,多个用逗号分隔)')) ?? '')
			.split(/[,,\s]+/)
			.filter(Boolean);
		if (!cells.length) throw new Error(`需要 --cell,例如 --cell C2.3 / --cell is required, e.g. --cell C2.3\n${usage}`);
		for (const cell of cells) if (!parseGridCode(cell)) throw new Error(`“${cell}” 不是方格代码(U1…S5,或 C1.2)/ not a grid code`);
		const title = values.title ?? (await ask('标题 title(可稍后填写)'));
		const industryKeys = Object.keys(vocabulary.industries);
		const industry = values.industry ?? (await ask(`行业 industry (${industryKeys.join(' / ')})`));
		if (industry && !industryKeys.includes(industry)) throw new Error(`行业 “${industry}” 不在 content/vocabulary.yaml 中 / unknown industry; use one of: ${industryKeys.join(', ')}`);
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
		if (existsSync(path)) throw new Error(`${path} 已存在 / already exists`);
		mkdirSync(join(root, casesDir), { recursive: true });
		writeFileSync(path, mdx);
		console.log(`已创建 / created ${caseFilePath(id)}`);
		console.log(`填写标有“待填写”的内容，然后运行 npm run check -- ${caseFilePath(id)}`);
		return 0;
	} catch (error) {
		console.error((error as Error).message);
		return 1;
	} finally {
		rl?.close();
	}
}

process.exitCode = await main(process.argv.slice(2));
