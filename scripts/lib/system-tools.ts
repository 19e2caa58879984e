/**
 * Where the optional system tools are (Chromium, nginx, pdftotext, a CJK font), so tests and
 * scripts ask one place. `MOT_HIDE_SYSTEM_TOOLS=chromium,nginx,pdftotext,cjk-font` (or `all`)
 * makes them look missing, to try a bare machine without uninstalling anything.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type SystemTool = 'chromium' | 'nginx' | 'pdftotext' | 'cjk-font';

export const systemTools: readonly SystemTool[] = ['chromium', 'nginx', 'pdftotext', 'cjk-font'];

/** The Debian package that provides each tool, and what it is, for messages. */
export const systemToolPackages: Record<SystemTool, { debian: string; what: string }> = {
	chromium: { debian: 'chromium', what: 'Chromium' },
	nginx: { debian: 'nginx', what: 'nginx' },
	pdftotext: { debian: 'poppler-utils', what: 'pdftotext' },
	'cjk-font': { debian: 'fonts-noto-cjk', what: 'a CJK font (fontconfig: fc-list :lang=zh)' },
};

function hidden(tool: SystemTool): boolean {
	const names = (process.env.MOT_HIDE_SYSTEM_TOOLS ?? '').split(',').map((name) => name.trim());
	return names.includes('all') || names.includes(tool);
}

/** The first executable file called `name` on PATH or in `extraDirs`. */
export function findExecutable(name: string, extraDirs: string[] = []): string | undefined {
	const dirs = [...(process.env.PATH ?? '').split(delimiter), ...extraDirs].filter(Boolean);
	for (const dir of dirs) {
		const path = join(dir, name);
		try {
			accessSync(path, constants.X_OK);
			if (statSync(path).isFile()) return path;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** The family of an installed font with Chinese glyphs, as fontconfig (which Chromium uses) sees it. */
function findCjkFont(): string | undefined {
	const fcList = findExecutable('fc-list');
	if (!fcList) return undefined;
	const result = spawnSync(fcList, [':lang=zh', 'family'], { encoding: 'utf8' });
	return result.status === 0
		? result.stdout
				.split('\n')
				.find((line) => line.trim())
				?.trim()
		: undefined;
}

/** The tool's path (for `cjk-font`, a font family name), or undefined when it is missing. */
export function findSystemTool(tool: SystemTool): string | undefined {
	if (hidden(tool)) return undefined;
	switch (tool) {
		case 'chromium':
			return findExecutable('chromium') ?? findExecutable('chromium-browser');
		case 'nginx':
			// Not every user's PATH has the sbin folders.
			return findExecutable('nginx', ['/usr/sbin', '/usr/local/sbin']);
		case 'pdftotext':
			return findExecutable('pdftotext');
		case 'cjk-font':
			return findCjkFont();
	}
}

/** Why something that needs the tool cannot run, with the install command. */
export function missingToolReason(tool: SystemTool): string {
	const { debian, what } = systemToolPackages[tool];
	return `${what} is not installed (Debian: apt-get install -y ${debian})`;
}
