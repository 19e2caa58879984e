/**
 * What one language's translation file (`src/i18n/locales/<code>.ts`) holds: its tag, the
 * names it gives languages, and one table per part of the project. The keys are those of the
 * Chinese file, the reference; the checker's keys are those of its rule table.
 */
import type { Locale } from '../../schemas/locales.ts';
import type { MessageKey } from '../checker/messages.ts';
import type zh from './locales/zh.ts';
import type { Text } from './translate.ts';

type Reference = typeof zh;
export type UiKey = keyof Reference['ui'];
export type AuthorKey = keyof Reference['author'];
export type CheckKey = keyof Reference['check'];
export type CliKey = keyof Reference['cli'];

export interface Translation {
	/** BCP 47 tag: `<html lang>`, `hreflang`, and the plural rules (`zh-CN`, `en`). */
	tag: string;
	/** Names of languages in this one, where `Intl.DisplayNames` would say it otherwise (its own name included). */
	languageNames: Readonly<Partial<Record<Locale, string>>>;
	/** The handbook's pages. */
	ui: Readonly<Record<UiKey, Text>>;
	/** The authoring form. */
	author: Readonly<Record<AuthorKey, Text>>;
	/** The checker's messages. */
	checker: Readonly<Record<MessageKey, Text>>;
	/** What `check` prints around the messages: did-you-mean, summary, report, file kinds. */
	check: Readonly<Record<CheckKey, Text>>;
	/** The command-line tools' prompts and usage, which print every language at once. */
	cli: Readonly<Record<CliKey, Text>>;
}

/** The tables of a translation, by the name callers ask for. */
export type Section = Exclude<keyof Translation, 'tag' | 'languageNames'>;
export type KeyOf<S extends Section> = keyof Translation[S] & string;
