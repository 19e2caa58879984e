import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser and build tests start processes; unit tests finish in milliseconds.
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// e2e files share one built site and one browser per file; run files one at a time
		// on this 2-core machine so builds do not compete.
		fileParallelism: false,
	},
});
