/**
 * Fault injection for the crash tests: `DATELINE_FAILPOINTS=publish-before-commit=5000` makes a
 * publish wait 5 s with its transaction open, so that a test can kill the process mid-publish and
 * check that the previous version still serves. Unset (always, outside those tests), it costs one
 * property read.
 */
const FAILPOINT = /^([\w-]+)=(\d{1,6})$/;

/** Waits as long as `DATELINE_FAILPOINTS` says at the point named `name`, else not at all. */
export async function failpoint(name: string): Promise<void> {
	const spec = process.env.DATELINE_FAILPOINTS;
	if (!spec) return;
	for (const part of spec.split(',')) {
		const match = FAILPOINT.exec(part.trim());
		if (match?.[1] === name) {
			console.error(`failpoint ${name}: waiting ${match[2]} ms`);
			await new Promise((resolve) => setTimeout(resolve, Number(match[2])));
		}
	}
}
