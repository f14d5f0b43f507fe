import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A fresh folder under the system's temporary folder (or `under`) for the test that calls this, deleted when
 * that test finishes, passed or failed: a machine that runs the suite many times (CI reuses one)
 * does not fill /tmp with them.
 */
export function scratchDir(prefix = 'dateline-', under = tmpdir()): string {
	mkdirSync(under, { recursive: true });
	const dir = mkdtempSync(join(under, prefix));
	onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}
