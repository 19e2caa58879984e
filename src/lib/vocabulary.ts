/** The company vocabulary as pages use it (build time). */
import { loadVocabulary } from '../config/load-fs.ts';
import type { Locale } from '../i18n/ui.ts';

export const vocabulary = loadVocabulary(process.cwd());

export const industryLabel = (key: string, lang: Locale) =>
	vocabulary.industries[key]?.[lang] ?? key;
