/**
 * What the file commands (`extract`, `import`, `export`) share: a usage error, writing their
 * output to a file or standard output, and their exit codes (0 done, 1 refused, 2 misused), each
 * message on standard error under the command's name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The command was called wrongly: its usage follows the message. */
export class UsageError extends Error {}

/** Writes `text` to the file `out` (its folder made if need be), or to standard output. */
export function writeOut(text: string, out?: string): void {
	if (out) {
		fs.mkdirSync(path.dirname(out), { recursive: true });
		fs.writeFileSync(out, text);
	} else process.stdout.write(text);
}

/** Runs a command's work: 0 when done, 2 with the usage when misused, 1 when anything refused. */
export function run(name: string, usage: string, work: () => void): number {
	try {
		work();
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			console.error(`${name}: ${error.message}\n${usage}`);
			return 2;
		}
		console.error(`${name}: ${(error as Error).message}`);
		return 1;
	}
}

/** Whether the module at `url` is the script Node was started with (not imported by a test). */
export function isMain(url: string): boolean {
	return !!process.argv[1] && url === pathToFileURL(path.resolve(process.argv[1])).href;
}
