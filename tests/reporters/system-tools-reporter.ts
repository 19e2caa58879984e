/**
 * Says at the top of the test output which Chromium the browser tests drive and which optional
 * system tools are missing, and lists at the end every test skipped with a reason, by name: a
 * machine without nginx or poppler passes, and shows what it did not test.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { describeBrowserChoice } from '../../scripts/lib/browser-choice.ts';
import { findSystemTool, missingToolReason, systemTools } from '../../scripts/lib/system-tools.ts';

export default class SystemToolsReporter implements Reporter {
	#log: (text: string) => void = console.log;

	onInit(vitest: Vitest): void {
		this.#log = (text) => vitest.logger.log(text);
		const missing = systemTools.filter((tool) => tool !== 'chromium' && !findSystemTool(tool));
		const required = process.env.REQUIRE_SYSTEM_TOOLS
			? ' (REQUIRE_SYSTEM_TOOLS is set: tests needing them fail)'
			: ' (tests needing them skip)';
		this.#log(`Browser: ${describeBrowserChoice()}`);
		this.#log(
			`System tools: ${missing.length ? missing.map(missingToolReason).join('; ') + required : 'nginx, pdftotext and a CJK font are all installed'}`,
		);
	}

	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const skipped = testModules.flatMap((module) =>
			[...module.children.allTests('skipped')].flatMap((test) => {
				const result = test.result();
				return result.state === 'skipped' && result.note
					? [`  ${module.relativeModuleId} > ${test.fullName}: ${result.note}`]
					: [];
			}),
		);
		if (skipped.length)
			this.#log(
				`\nSkipped, with the reason (install the tool to run them):\n${skipped.join('\n')}\n`,
			);
	}
}
