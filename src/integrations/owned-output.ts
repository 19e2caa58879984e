/**
 * Folders of the output an integration keeps exact itself, across builds: the output pruning
 * (clear-output.ts) leaves them alone. The search index keeps `pagefind/` this way, so a rebuild
 * rewrites only the shards that changed instead of deleting and copying every index file.
 */
const owned = new Set<string>();

/** Claims a folder at the top of the output (`pagefind`) for the integration that writes it. */
export function ownOutputFolder(name: string): void {
	owned.add(name);
}

/** The folders claimed in this process. */
export function ownedOutputFolders(): ReadonlySet<string> {
	return owned;
}
