/**
 * What the benchmarks and the server's tests need to run other programs and servers locally: a
 * free port on 127.0.0.1, a command run to its end, a URL waited for.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/** Runs a command to its end, its errors shown; rejects unless it exits 0. */
export function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'ignore', 'inherit'] });
		child.on('exit', (code) =>
			code === 0
				? resolve()
				: reject(new Error(`${command} ${commandArgs.join(' ')}: exit ${code}`))
		);
	});
}

/** Resolves once `url` answers 2xx; rejects after `ms`. */
export async function waitFor(url: string, ms = 60_000): Promise<void> {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`${url} did not come up`);
}
