import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Which browser runs and which system tools are missing first; tests skipped for them last.
		reporters: ['./tests/reporters/system-tools-reporter.ts', 'default'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// Unit files first, then the browser and build files: never both at once.
					sequence: { groupOrder: 0 },
					maxWorkers: 2,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// Builds the sample handbook once; browser tests read it with inject('site').
					globalSetup: ['tests/e2e/global-setup.ts'],
					sequence: { groupOrder: 1 },
					// Two files at a time on this 2-core machine: a browser file mostly waits on
					// Chromium while a build file computes. No file writes what another reads (each
					// build runs in its own temp copy; the shared site is read-only).
					maxWorkers: 2,
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
