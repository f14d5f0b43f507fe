import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from './filters';
import { filtersHref } from './urlState';

describe('filtersHref', () => {
	it('writes the filters into the query, keeping the path, the other parameters and the hash', () => {
		const page = { pathname: '/t/vote/', search: '?from=2020', hash: '#count' };
		expect(filtersHref(page, { ...NO_FILTERS, q: 'recount', people: ['Ada Byron'] })).toBe(
			'/t/vote/?from=2020&q=recount&person=Ada+Byron#count'
		);
	});

	it('leaves the query out once no filter is left', () => {
		const page = { pathname: '/', search: '?q=recount', hash: '' };
		expect(filtersHref(page, NO_FILTERS)).toBe('/');
	});

	it('is null when the address says those filters already, so nothing is written', () => {
		const page = { pathname: '/', search: '?q=recount', hash: '#count' };
		expect(filtersHref(page, { ...NO_FILTERS, q: 'recount' })).toBeNull();
	});
});
