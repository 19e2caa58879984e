/** The `node_modules` folder a path lies in (Node only), or undefined outside one. */
import { basename, dirname } from 'node:path';

export function enclosingNodeModules(path: string): string | undefined {
	let folder = path;
	while (basename(folder) !== 'node_modules' && dirname(folder) !== folder)
		folder = dirname(folder);
	return basename(folder) === 'node_modules' ? folder : undefined;
}
