/** What the author takes away: the MDX copied, downloaded, or proposed on the repository. */

/** Copies with the Clipboard API; where that is refused, selects the text for Ctrl+C. */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		fallback.focus();
		fallback.select();
		return false;
	}
}

export function downloadText(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GitHub answers longer URLs with "414 URI Too Long"; then the content goes by clipboard. */
export const maxProposeUrlLength = 7 * 1024;

/**
 * GitHub's new-file page with the name and content filled in:
 * `<repo>/new/<branch>/<dir>?filename=<name>&value=<content>`.
 */
export function proposeUrl(
	repository: { url: string; branch: string },
	filePath: string,
	content: string,
): { url: string; complete: boolean } {
	const slash = filePath.lastIndexOf('/');
	const directory = filePath.slice(0, slash).split('/').map(encodeURIComponent).join('/');
	const base = `${repository.url.replace(/\/+$/, '')}/new/${encodeURIComponent(repository.branch)}/${directory}?filename=${encodeURIComponent(filePath.slice(slash + 1))}`;
	const full = `${base}&value=${encodeURIComponent(content)}`;
	return full.length <= maxProposeUrlLength
		? { url: full, complete: true }
		: { url: base, complete: false };
}
