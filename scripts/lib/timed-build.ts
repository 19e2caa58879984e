/**
 * Node-only. Runs `astro build` in a project, timed by GNU time when the machine has it (peak
 * memory, CPU): `npm run bench` and `npm run bench:starlight` time their builds the same way.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TimedBuild {
	/** The build's stdout and stderr. */
	output: string;
	/** Wall time. */
	seconds: number;
	/** Peak resident memory (NaN without /usr/bin/time). */
	peakMb: number;
	/** User plus system CPU time (NaN without /usr/bin/time). */
	cpuSeconds: number;
}

export interface TimedBuildOptions {
	/** The V8 heap limit in MB: V8 collects less eagerly under a high limit, so it moves the peak. */
	heapMb: number;
	/** A folder to write the log to as the build runs (`<name>.log`): a long build can be followed. */
	logDir?: string;
}

export function timedBuild(root: string, name: string, options: TimedBuildOptions): TimedBuild {
	const timed = existsSync('/usr/bin/time');
	const command = timed ? '/usr/bin/time' : process.execPath;
	const args = [
		...(timed ? ['-f', 'peak_kb=%M cpu_s=%U+%S', process.execPath] : []),
		join(root, 'node_modules/astro/bin/astro.mjs'),
		'build',
	];
	const start = performance.now();
	let logFile: string | undefined;
	let fd: number | undefined;
	if (options.logDir) {
		mkdirSync(options.logDir, { recursive: true });
		logFile = join(options.logDir, `${name}.log`);
		fd = openSync(logFile, 'w');
	}
	const build = spawnSync(command, args, {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 1 << 30,
		stdio: fd === undefined ? 'pipe' : ['ignore', fd, fd],
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			NO_COLOR: '1',
			NODE_OPTIONS: `--max-old-space-size=${options.heapMb}`,
		},
	});
	const seconds = (performance.now() - start) / 1000;
	if (fd !== undefined) closeSync(fd);
	const output = logFile ? readFileSync(logFile, 'utf8') : build.stdout + build.stderr;
	if (build.status !== 0) throw new Error(`build failed in ${root}:\n${output.slice(-6000)}`);
	const cpu = /cpu_s=([\d.]+)\+([\d.]+)/.exec(output);
	return {
		output,
		seconds,
		peakMb: timed ? Number(/peak_kb=(\d+)/.exec(output)?.[1] ?? 0) / 1024 : NaN,
		cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
	};
}
