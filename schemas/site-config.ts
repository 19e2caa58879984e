/**
 * The site configuration (`content/site.yaml`): everything a company changes to brand and
 * deploy its handbook. Validated here so a typo fails the build with the field named.
 */
import { z } from 'astro/zod';
import { defaultLocale, locales, localized } from './locales.ts';
import { contentLanguageKeys } from './content-languages.ts';

/** Search index records per shard unless site.yaml says otherwise (src/search/shards.ts). */
export const defaultShardRecords = 2500;

/** A text in every UI language. */
const labelSchema = z.strictObject(localized(() => z.string().min(1)));

export const siteConfigSchema = z.strictObject({
	/** The handbook's name, in every UI language. */
	name: labelSchema,
	/** Who publishes it, shown in the footer. */
	organization: labelSchema,
	/** Absolute origin the site is served from, e.g. `https://intranet.example.com`. */
	url: z.url(),
	/** Sub-path the handbook lives under: `/` or `/mot`. */
	base: z
		.string()
		.regex(
			/^\/([\w.-]+(\/[\w.-]+)*)?\/?$/,
			'must start with / and contain only path segments, e.g. /mot',
		)
		.transform((base) => (base === '/' ? '/' : `/${base.replace(/^\/|\/$/g, '')}`)),
	/** Default UI language. */
	defaultLang: z.enum(locales).default(defaultLocale),
	/** Logo file under `public/`, or empty for a text logo. */
	logo: z.string().default(''),
	/** Repository for "edit this case" and "propose" links. */
	repository: z
		.strictObject({
			/** Web address of the repository; empty when there is none. */
			url: z.union([z.url(), z.literal('')]).default(''),
			/** Branch that cases are proposed against. */
			branch: z.string().default('main'),
			/** REST API root the form proposes through; empty: derived from `url` (src/lib/repository.ts). */
			api: z.union([z.url(), z.literal('')]).default(''),
		})
		.default({ url: '', branch: 'main', api: '' }),
	/** Where readers report a problem (URL or `mailto:`). */
	contact: z.string().default(''),
	/** Ask search engines not to index the handbook. */
	noindex: z.boolean().default(true),
	/** Most a reader's browser downloads in the background on a first visit, in MB (the rest on request). */
	offlineBudgetMB: z.number().positive().default(3),
	/** Search index records per shard: a rebuild indexes again only the shards whose records changed. */
	searchShardRecords: z.number().int().min(1).default(defaultShardRecords),
	/** Most cases the printable handbook shows on one page; a larger one comes in volumes, one per grid cell (src/lib/handbook-volumes.ts). */
	handbookPageCases: z.number().int().min(1).default(500),
	/** The language cases are written in (schemas/content-languages.ts); a case's own `lang` overrides it. */
	contentLang: z.enum(contentLanguageKeys).default('zh-CN'),
	/** Trainer edition: build the teaching notes (`content/notes/`); deploy it behind access control only. */
	trainer: z.boolean().default(false),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Validates parsed YAML, applying `SITE_URL`/`SITE_BASE`/`SITE_NOINDEX`/`OFFLINE_BUDGET_MB`/`SEARCH_SHARD_RECORDS`/`HANDBOOK_PAGE_CASES` overrides from the environment. */
export function parseSiteConfig(
	data: unknown,
	env: Record<string, string | undefined> = {},
): SiteConfig {
	const raw = { ...(data as object) } as Record<string, unknown>;
	if (env.SITE_URL) raw.url = env.SITE_URL;
	if (env.SITE_BASE) raw.base = env.SITE_BASE;
	if (env.SITE_NOINDEX) raw.noindex = env.SITE_NOINDEX !== 'false';
	if (env.OFFLINE_BUDGET_MB) raw.offlineBudgetMB = Number(env.OFFLINE_BUDGET_MB);
	if (env.SEARCH_SHARD_RECORDS) raw.searchShardRecords = Number(env.SEARCH_SHARD_RECORDS);
	if (env.HANDBOOK_PAGE_CASES) raw.handbookPageCases = Number(env.HANDBOOK_PAGE_CASES);
	if (env.SITE_EDITION) raw.trainer = env.SITE_EDITION === 'trainer';
	const result = siteConfigSchema.safeParse(raw);
	if (result.success) return result.data;
	const lines = result.error.issues.map(
		(issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
	);
	throw new Error(`content/site.yaml is not valid:\n${lines.join('\n')}`);
}
