/**
 * Reads the two files a company edits, `content/site.yaml` and `content/vocabulary.yaml`
 * (Node only: the build, the CLI and tests). Browser code receives their parsed data instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSiteConfig, type SiteConfig } from '../../schemas/site-config.ts';
import { parseVocabulary, type Vocabulary } from '../../schemas/vocabulary.ts';

export const siteConfigFile = 'content/site.yaml';
export const vocabularyFile = 'content/vocabulary.yaml';

const readYaml = (root: string, file: string): unknown =>
	parse(readFileSync(join(root, file), 'utf8'));

export function loadSiteConfig(
	root: string,
	env: Record<string, string | undefined> = process.env,
): SiteConfig {
	return parseSiteConfig(readYaml(root, siteConfigFile), env);
}

export function loadVocabulary(root: string): Vocabulary {
	return parseVocabulary(readYaml(root, vocabularyFile), vocabularyFile);
}
