/**
 * Preloaded into a command a benchmark runs (`node --import ./scripts/testing/cpuAtExit.mjs …`):
 * when the process exits, writes its CPU time to the file `DATELINE_CPU_OUT` names, as JSON
 * `{ "user", "system" }` in microseconds. `process.cpuUsage()` counts every thread of the
 * process (V8's compilers and garbage collector run beside the main one), and a parent cannot
 * read its child's CPU time from Node.
 */
import fs from 'node:fs';

process.on('exit', () => {
	const file = process.env.DATELINE_CPU_OUT;
	if (file) fs.writeFileSync(file, JSON.stringify(process.cpuUsage()));
});
