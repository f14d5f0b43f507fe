/**
 * PostgreSQL (node-postgres), for several app servers behind a load balancer sharing one
 * database: `DATABASE_URL=postgres://user:password@host:5432/dateline`.
 */
import pg from 'pg';
import { numberPlaceholders, type Db, type Param, type Queries } from './db';

/** Any one advisory lock number, the same in every Dateline server: migrations take it. */
const MIGRATION_LOCK = 72_013_017;

function queries(client: pg.Pool | pg.PoolClient): Queries {
	const texts = new Map<string, string>();
	const text = (sql: string) => {
		let numbered = texts.get(sql);
		if (numbered === undefined) {
			numbered = numberPlaceholders(sql);
			texts.set(sql, numbered);
		}
		return numbered;
	};
	return {
		async all<T>(sql: string, params: readonly Param[] = []) {
			const result = await client.query(text(sql), params as Param[]);
			return result.rows as T[];
		},
		async get<T>(sql: string, params: readonly Param[] = []) {
			const result = await client.query(text(sql), params as Param[]);
			return result.rows[0] as T | undefined;
		},
		async run(sql: string, params: readonly Param[] = []) {
			const result = await client.query(text(sql), params as Param[]);
			return result.rowCount ?? 0;
		}
	};
}

/**
 * Connects a pool to the database at `url` (nothing is sent until the first query).
 *
 * @param poolSize connections kept open; each app server holds up to this many.
 */
export function openPostgres(url: string, poolSize = 10): Db {
	const pool = new pg.Pool({ connectionString: url, max: poolSize });
	// A connection that fails while idle (the database restarted) is dropped from the pool and
	// replaced on the next query; without a listener it would crash the server.
	pool.on('error', (error) => console.error(`PostgreSQL: ${error.message}`));
	const direct = queries(pool);
	const where = new URL(url);
	return {
		dialect: 'postgres',
		description: `PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}`,
		...direct,
		async transaction(fn, options) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				if (options?.exclusive) {
					await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
				}
				const result = await fn(queries(client));
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => undefined);
				throw error;
			} finally {
				client.release();
			}
		},
		close: () => pool.end()
	};
}
