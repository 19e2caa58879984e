import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// Files run one at a time: e2e files start builds and browsers on this 2-core machine.
		fileParallelism: false,
		// Which browser runs and which system tools are missing first; tests skipped for them last.
		reporters: ['./tests/reporters/system-tools-reporter.ts', 'default'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					// Builds the sample handbook once; browser tests read it with inject('site').
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
