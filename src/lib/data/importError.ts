/**
 * Why a file could not be imported, located for a person: a CSV row and column, a JSON path, or
 * the file as a whole. The editor shows `message` in an alert; `problems` keeps one line each.
 */
export class ImportError extends Error {
	readonly problems: string[];

	/**
	 * @example
	 * throw new ImportError('events.csv', ['row 4, column "date": expected an EDTF date, found "soon"']);
	 */
	constructor(file: string, problems: string[]) {
		const shown = problems.slice(0, 12).map((p) => `${file}: ${p}`);
		if (problems.length > 12) shown.push(`${file}: … and ${problems.length - 12} more problems`);
		super(shown.join('\n'));
		this.name = 'ImportError';
		this.problems = problems;
	}
}
