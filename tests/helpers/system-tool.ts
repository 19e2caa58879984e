/**
 * A system tool a test needs (nginx, pdftotext, a CJK font): its path, or undefined so the test
 * skips with missingToolReason(tool) as its note. With REQUIRE_SYSTEM_TOOLS=1 (CI) a missing
 * tool fails the file instead, so there nothing is skipped unnoticed.
 */
import {
	findSystemTool,
	missingToolReason,
	type SystemTool,
} from '../../scripts/lib/system-tools.ts';

export { missingToolReason };

export function systemTool(tool: SystemTool): string | undefined {
	const found = findSystemTool(tool);
	if (!found && process.env.REQUIRE_SYSTEM_TOOLS)
		throw new Error(`REQUIRE_SYSTEM_TOOLS is set and ${missingToolReason(tool)}`);
	return found;
}
