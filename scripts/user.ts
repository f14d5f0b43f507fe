/**
 * Editors' accounts, from the command line (the admin page in the app does the same):
 *
 *   npm run -s user -- add <email> [--password <pw>] [--admin]   prints a generated password when none is given
 *   npm run -s user -- list
 *   npm run -s user -- remove <email>
 *   npm run -s user -- reset <email> [--password <pw>]           new password; signs them out everywhere
 *
 * It works on the store the server uses: DATABASE_URL (PostgreSQL) if set, else the SQLite file
 * DATELINE_DB (default var/dateline.sqlite), created and migrated if need be.
 */
import { pathToFileURL } from 'node:url';
import { openStore, storeConfig, type Store } from '../src/lib/server/store/index';
import { AccountError, addUser, removeUser, resetPassword } from '../src/lib/server/users';

const USAGE = `usage: npm run -s user -- add <email> [--password <pw>] [--admin]
       npm run -s user -- list
       npm run -s user -- remove <email>
       npm run -s user -- reset <email> [--password <pw>]`;

class UsageError extends Error {}

interface Command {
	verb: 'add' | 'list' | 'remove' | 'reset';
	email?: string;
	password?: string;
	admin: boolean;
}

export function parseUserArgs(argv: string[]): Command {
	const [verb, ...rest] = argv;
	if (verb !== 'add' && verb !== 'list' && verb !== 'remove' && verb !== 'reset') {
		throw new UsageError(verb ? `unknown command "${verb}"` : 'no command given');
	}
	const command: Command = { verb, admin: false };
	const positional: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (arg === '--password') {
			const value = rest[++i];
			if (value === undefined) throw new UsageError('--password needs a value');
			if (verb !== 'add' && verb !== 'reset') throw new UsageError(`${verb} takes no --password`);
			command.password = value;
		} else if (arg === '--admin') {
			if (verb !== 'add') throw new UsageError(`${verb} takes no --admin`);
			command.admin = true;
		} else if (arg.startsWith('--')) {
			throw new UsageError(`unknown option ${arg}`);
		} else {
			positional.push(arg);
		}
	}
	const wanted = verb === 'list' ? 0 : 1;
	if (positional.length !== wanted) {
		throw new UsageError(wanted ? `${verb} needs one email address` : 'list takes no arguments');
	}
	command.email = positional[0];
	return command;
}

/** Runs one command; returns what to print. */
export async function runUserCommand(store: Store, command: Command): Promise<string> {
	switch (command.verb) {
		case 'add': {
			const { user, password, generated } = await addUser(store, {
				email: command.email!,
				password: command.password,
				admin: command.admin
			});
			const role = user.admin ? 'admin' : 'editor';
			return generated
				? `added ${role} ${user.email}; password (shown once): ${password}`
				: `added ${role} ${user.email}`;
		}
		case 'list': {
			const users = await store.users();
			if (users.length === 0) return 'no accounts yet: npm run -s user -- add <email> --admin';
			return users
				.map(
					(u) => `${u.email}\t${u.admin ? 'admin' : 'editor'}\tsince ${u.createdAt.slice(0, 10)}`
				)
				.join('\n');
		}
		case 'remove':
			await removeUser(store, command.email!);
			return `removed ${command.email!.trim().toLowerCase()}`;
		case 'reset': {
			const { password, generated } = await resetPassword(store, {
				email: command.email!,
				password: command.password
			});
			const who = command.email!.trim().toLowerCase();
			return generated
				? `new password for ${who} (shown once): ${password}; their sessions are closed`
				: `password changed for ${who}; their sessions are closed`;
		}
	}
}

async function main() {
	let command: Command;
	try {
		command = parseUserArgs(process.argv.slice(2));
	} catch (error) {
		console.error(`user: ${(error as Error).message}\n${USAGE}`);
		process.exit(2);
	}
	const store = await openStore(storeConfig());
	try {
		console.log(await runUserCommand(store, command));
		console.error(`(${store.db.description})`);
	} catch (error) {
		if (!(error instanceof AccountError)) throw error;
		console.error(`user: ${error.message}`);
		process.exitCode = 1;
	} finally {
		await store.db.close();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	main().catch((error) => {
		console.error(`user: ${(error as Error).message}`);
		process.exit(1);
	});
}
