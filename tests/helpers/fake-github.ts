/**
 * A fake of the part of GitHub's REST API that proposing a case uses, on 127.0.0.1: read a
 * branch, create a branch, read and write a file, open a pull request, and read the checks of a
 * commit (check runs, workflow runs, commit statuses) as they go queued → in progress → done. Every request body and
 * every response it sends is validated against GitHub's own OpenAPI description (npm
 * `@octokit/openapi`), responses built from that description's examples, so the fake cannot
 * drift from the real API: a request the real API would refuse fails the test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';

/** ajv is CommonJS: under Node's ESM its class is the default export's `default`. */
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
	AjvModule) as typeof AjvModule;

const require = createRequire(import.meta.url);
type Json = Record<string, unknown>;
type Operation = {
	requestBody?: { content: Record<string, { schema: Json }> };
	responses: Record<
		string,
		{
			$ref?: string;
			content?: Record<string, { schema: Json; examples?: Record<string, { value: unknown }> }>;
		}
	>;
};

let description:
	| {
			paths: Record<string, Record<string, Operation>>;
			components: Json & { responses: Record<string, Operation['responses'][string]> };
	  }
	| undefined;
let ajv: InstanceType<typeof AjvModule> | undefined;

function spec() {
	if (!description) {
		description = JSON.parse(
			readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
		);
		allowNullInNullableEnums(description!.components);
		ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
		ajv.addSchema({ $id: 'gh', components: description!.components }, 'gh');
	}
	return { description: description!, ajv: ajv! };
}

/**
 * `nullable: true` beside an `enum` without null (a check run's `conclusion`): GitHub answers null
 * there (a queued run has no conclusion yet), so null is added to such enums, nothing else loosened.
 */
function allowNullInNullableEnums(node: unknown): void {
	if (!node || typeof node !== 'object') return;
	const schema = node as Json;
	if (schema.nullable === true && Array.isArray(schema.enum) && !schema.enum.includes(null))
		schema.enum = [...schema.enum, null];
	for (const value of Object.values(schema)) allowNullInNullableEnums(value);
}

const local = (schema: unknown) =>
	JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"gh#/components')) as Json;

function operation(path: string, method: string): Operation {
	const op = spec().description.paths[path]?.[method];
	if (!op) throw new Error(`no ${method} ${path} in GitHub's description`);
	return op;
}

function response(op: Operation, status: number) {
	let found = op.responses[String(status)];
	if (found?.$ref) found = spec().description.components.responses[found.$ref.split('/').pop()!];
	if (!found?.content) throw new Error(`GitHub's description has no ${status} body here`);
	return found.content['application/json']!;
}

/** Throws (failing the test) when `value` does not follow `schema`. */
function validate(schema: Json, value: unknown, what: string): void {
	const check = spec().ajv.compile(local(schema));
	if (!check(value))
		throw new Error(
			`${what} does not follow GitHub's description: ${JSON.stringify(check.errors?.slice(0, 3))}`,
		);
}

export interface FakeGitHub {
	/** `http://127.0.0.1:<port>`, the API's root. */
	url: string;
	owner: string;
	repo: string;
	token: string;
	/** Files per branch: path → text. */
	branches: Map<string, Map<string, string>>;
	pulls: { number: number; title: string; head: string; base: string; body: string }[];
	/** Every request as `METHOD path`, and the bodies sent with PUT. */
	requests: string[];
	puts: Json[];
	/** Problems found in requests (bad bodies): a test asserts there are none. */
	violations: string[];
	/** The next request whose `METHOD path` starts with this is cut off without an answer. */
	failNext?: string;
	/**
	 * The CI of every pushed commit: each check is queued at the first read of the commit's checks,
	 * in progress at the second, done with its conclusion from the third on.
	 */
	checks: { name: string; conclusion: 'success' | 'failure' }[];
	/** Commit statuses another CI reports (they are done at once). */
	statuses: { context: string; state: 'success' | 'failure' | 'pending' }[];
	/**
	 * What the token may read, as on a private repository: `checks` (a classic token: check runs
	 * and statuses), `actions` (a fine-grained token with "Actions: read": workflow runs only, check
	 * runs refused as GitHub refuses them to every fine-grained token), `none` (no Actions permission).
	 */
	access: 'checks' | 'actions' | 'none';
	/** Reads of each commit's checks so far (check runs or workflow runs). */
	checkReads: Map<string, number>;
	close(): Promise<void>;
}

const blobSha = (text: string) => {
	const bytes = Buffer.from(text, 'utf8');
	return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
};

export async function startFakeGitHub(
	files: Record<string, string> = {},
	options: { owner?: string; repo?: string; token?: string; base?: string } = {},
): Promise<FakeGitHub> {
	spec();
	const owner = options.owner ?? 'example';
	const repo = options.repo ?? 'mot-handbook';
	const token = options.token ?? 'github_pat_test';
	const base = options.base ?? 'main';
	const branches = new Map([[base, new Map(Object.entries(files))]]);
	const heads = new Map([[base, blobSha(`commit ${base}`)]]);
	const fake: FakeGitHub = {
		url: '',
		owner,
		repo,
		token,
		branches,
		pulls: [],
		requests: [],
		puts: [],
		violations: [],
		checks: [],
		statuses: [],
		access: 'checks',
		checkReads: new Map(),
		close: async () => undefined,
	};
	/** A 403 as GitHub sends it when a token lacks a permission (no body schema in its description). */
	const refuse = (res: ServerResponse) => {
		res.writeHead(403, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
		res.end(
			JSON.stringify({
				message: 'Resource not accessible by personal access token',
				documentation_url: 'https://docs.github.com/rest',
				status: '403',
			}),
		);
	};
	/** Each check of `sha` at its phase: queued, in progress, then done. */
	const phaseOf = (sha: string) => {
		const reads = (fake.checkReads.get(sha) ?? 0) + 1;
		fake.checkReads.set(sha, reads);
		return reads === 1 ? 'queued' : reads === 2 ? 'in_progress' : 'completed';
	};
	const isHead = (sha: string) => [...heads.values()].includes(sha);
	/** The fake's checks as runs shaped like the API document's example, in this read's phase. */
	const runsOf = ([model]: Json[], sha: string): Json[] => {
		const status = phaseOf(sha);
		return fake.checks.map((check, index) => ({
			...structuredClone(model),
			id: index + 1,
			name: check.name,
			head_sha: sha,
			status,
			conclusion: status === 'completed' ? check.conclusion : null,
		}));
	};

	const send = (res: ServerResponse, op: Operation, status: number, value: unknown) => {
		validate(response(op, status).schema, value, `the fake's ${status} answer`);
		res.writeHead(status, {
			'content-type': 'application/json; charset=utf-8',
			'access-control-allow-origin': '*',
		});
		res.end(JSON.stringify(value));
	};
	const example = (op: Operation, status: number, name?: string) => {
		const examples = response(op, status).examples ?? {};
		let found = examples[name ?? Object.keys(examples)[0]!] as { value?: unknown; $ref?: string };
		if (found?.$ref)
			found = (spec().description.components.examples as Record<string, { value: unknown }>)[
				found.$ref.split('/').pop()!
			]!;
		return structuredClone(found?.value ?? {}) as Json;
	};
	const notFound = (res: ServerResponse, op: Operation) =>
		send(res, op, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
	const readBody = async (req: IncomingMessage) => {
		let text = '';
		for await (const chunk of req) text += chunk;
		return text ? (JSON.parse(text) as Json) : {};
	};

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const line = `${req.method} ${url.pathname}`;
		fake.requests.push(`${line}${url.search}`);
		if (req.method === 'OPTIONS') {
			res.writeHead(204, {
				'access-control-allow-origin': '*',
				'access-control-allow-headers': 'authorization, content-type, accept, x-github-api-version',
				'access-control-allow-methods': 'GET, POST, PUT',
			});
			return res.end();
		}
		if (fake.failNext && line.startsWith(fake.failNext)) {
			fake.failNext = undefined;
			return req.socket.destroy();
		}
		try {
			if (req.headers.authorization !== `Bearer ${token}`) {
				res.writeHead(401, {
					'content-type': 'application/json',
					'access-control-allow-origin': '*',
				});
				return res.end(
					JSON.stringify({
						message: 'Bad credentials',
						documentation_url: 'https://docs.github.com/rest',
						status: '401',
					}),
				);
			}
			const prefix = `/repos/${owner}/${repo}/`;
			if (!url.pathname.startsWith(prefix)) return res.writeHead(404).end();
			const rest = decodeURIComponent(url.pathname.slice(prefix.length));
			if (req.method === 'GET' && rest.startsWith('git/ref/heads/')) {
				const op = operation('/repos/{owner}/{repo}/git/ref/{ref}', 'get');
				const name = rest.slice('git/ref/heads/'.length);
				if (!heads.has(name)) return notFound(res, op);
				const ref = example(op, 200);
				ref.ref = `refs/heads/${name}`;
				(ref.object as Json).sha = heads.get(name);
				return send(res, op, 200, ref);
			}
			if (req.method === 'POST' && rest === 'git/refs') {
				const op = operation('/repos/{owner}/{repo}/git/refs', 'post');
				const body = await readBody(req);
				checkRequest(op, body);
				const name = String(body.ref).replace(/^refs\/heads\//, '');
				if (heads.has(name))
					return send(res, op, 422, {
						message: 'Reference already exists',
						documentation_url: 'https://docs.github.com/rest',
					});
				const from = [...heads].find(([, sha]) => sha === body.sha)?.[0];
				if (!from)
					return send(res, op, 422, {
						message: 'Object does not exist',
						documentation_url: 'https://docs.github.com/rest',
					});
				heads.set(name, String(body.sha));
				branches.set(name, new Map(branches.get(from)));
				const ref = example(op, 201);
				ref.ref = body.ref;
				(ref.object as Json).sha = body.sha;
				return send(res, op, 201, ref);
			}
			if (rest.startsWith('contents/')) {
				const path = rest.slice('contents/'.length);
				if (req.method === 'GET') {
					const op = operation('/repos/{owner}/{repo}/contents/{path}', 'get');
					const text = branches.get(url.searchParams.get('ref') ?? base)?.get(path);
					if (text === undefined) return notFound(res, op);
					const file = example(op, 200, 'response-if-content-is-a-file');
					Object.assign(file, {
						path,
						name: path.split('/').pop(),
						sha: blobSha(text),
						size: Buffer.byteLength(text),
						content: Buffer.from(text).toString('base64'),
					});
					return send(res, op, 200, file);
				}
				if (req.method === 'PUT') {
					const op = operation('/repos/{owner}/{repo}/contents/{path}', 'put');
					const body = await readBody(req);
					checkRequest(op, body);
					fake.puts.push(body);
					const files = branches.get(String(body.branch ?? base));
					if (!files) return notFound(res, op);
					const current = files.get(path);
					// The real API refuses an edit without the file's current blob sha, and a stale one.
					if (current !== undefined && body.sha !== blobSha(current))
						return send(res, op, 409, {
							message: `${path} does not match ${body.sha}`,
							documentation_url: 'https://docs.github.com/rest',
						});
					const text = Buffer.from(String(body.content), 'base64').toString('utf8');
					files.set(path, text);
					const status = current === undefined ? 201 : 200;
					const commit = example(op, status);
					Object.assign(commit.content as Json, {
						path,
						name: path.split('/').pop(),
						sha: blobSha(text),
						size: Buffer.byteLength(text),
					});
					heads.set(String(body.branch), blobSha(`commit ${text}`));
					// The new commit, as the branch's head (its checks are asked for by this sha).
					Object.assign(commit.commit as Json, {
						message: body.message,
						sha: heads.get(String(body.branch)),
					});
					return send(res, op, status, commit);
				}
			}
			if (req.method === 'GET' && /^commits\/[^/]+\/check-runs$/.test(rest)) {
				const op = operation('/repos/{owner}/{repo}/commits/{ref}/check-runs', 'get');
				if (fake.access !== 'checks') return refuse(res);
				const sha = rest.split('/')[1]!;
				if (!isHead(sha))
					throw new Error(`check runs asked for ${sha}, no commit of this repository`);
				const runs = runsOf(example(op, 200).check_runs as Json[], sha).map((run) => ({
					...run,
					completed_at: run.status === 'completed' ? new Date().toISOString() : null,
					html_url: `https://github.com/${owner}/${repo}/runs/${String(run.id)}`,
				}));
				return send(res, op, 200, { total_count: runs.length, check_runs: runs });
			}
			if (req.method === 'GET' && rest === 'actions/runs') {
				const op = operation('/repos/{owner}/{repo}/actions/runs', 'get');
				if (fake.access === 'none') return refuse(res);
				const sha = url.searchParams.get('head_sha') ?? '';
				if (!isHead(sha))
					throw new Error(`workflow runs asked for ${sha}, no commit of this repository`);
				const runs = runsOf(example(op, 200).workflow_runs as Json[], sha);
				return send(res, op, 200, { total_count: runs.length, workflow_runs: runs });
			}
			if (req.method === 'GET' && /^commits\/[^/]+\/status$/.test(rest)) {
				const op = operation('/repos/{owner}/{repo}/commits/{ref}/status', 'get');
				if (fake.access !== 'checks') return refuse(res);
				const sha = rest.split('/')[1]!;
				if (!isHead(sha)) return notFound(res, op);
				const combined = example(op, 200);
				const [model] = combined.statuses as Json[];
				const statuses = fake.statuses.map((status, index) => ({
					...structuredClone(model),
					id: index + 1,
					state: status.state,
					context: status.context,
				}));
				const states = statuses.map((status) => status.state);
				Object.assign(combined, {
					sha,
					total_count: statuses.length,
					statuses,
					state: states.some((state) => state === 'failure')
						? 'failure'
						: states.every((state) => state === 'success') && states.length
							? 'success'
							: 'pending',
				});
				return send(res, op, 200, combined);
			}
			if (req.method === 'POST' && rest === 'pulls') {
				const op = operation('/repos/{owner}/{repo}/pulls', 'post');
				const body = await readBody(req);
				checkRequest(op, body);
				const number = fake.pulls.length + 1;
				fake.pulls.push({
					number,
					title: String(body.title),
					head: String(body.head),
					base: String(body.base),
					body: String(body.body ?? ''),
				});
				const pull = example(op, 201);
				Object.assign(pull, {
					number,
					title: body.title,
					body: body.body,
					html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
					head: {
						...(pull.head as Json),
						ref: body.head,
						sha: heads.get(String(body.head)),
						label: `${owner}:${body.head}`,
					},
					// GitHub's own example lists a team without the `type` its schema requires: none here.
					requested_teams: [],
				});
				return send(res, op, 201, pull);
			}
			res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
		} catch (error) {
			fake.violations.push(`${line}: ${(error as Error).message}`);
			res.writeHead(500, { 'access-control-allow-origin': '*' }).end((error as Error).message);
		}
	});
	const checkRequest = (op: Operation, body: Json) =>
		validate(op.requestBody!.content['application/json']!.schema, body, 'the request body');
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address() as import('node:net').AddressInfo;
	fake.url = `http://127.0.0.1:${address.port}`;
	fake.close = () => new Promise((resolve) => server.close(() => resolve()));
	return fake;
}

export { blobSha };
