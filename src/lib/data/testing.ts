/**
 * Helpers shared by the import and export specs. Test-only: nothing in the app imports this.
 */
import { ImportError } from './importError';

/**
 * The problems an import refused with; fails the test when it did not refuse.
 *
 * @example
 * expect(problemsOf(() => csvToDataset(text))).toContain('row 3, column "start": …');
 */
export function problemsOf(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportError) return error.problems;
		throw error;
	}
	throw new Error('expected an ImportError');
}
