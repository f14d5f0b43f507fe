import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('longSubject', () => {
	it('keeps the noun of a long subject, so the title keeps its verb', () => {
		expect(
			title(
				'The three former officers charged in the case, Tom Lane, J. Alex Kueng and Tou Thao, are scheduled to go on trial in August.',
				'August'
			)
		).toBe('Three former officers are scheduled to go on trial');
	});

	it('reads a participle inside the noun phrase as its adjective, not where the noun ends', () => {
		expect(
			title(
				'The spread of a new and worrying strain of wheat rust in the northern provinces may be slower than feared, farm experts said on Friday.',
				'Friday'
			)
		).toMatch(/^Spread may be slower than feared/);
	});

	it('keeps the names of a list of people, without their titles', () => {
		expect(
			title(
				'Chief Executive Ann Berg, Chief Financial Officer Ned Sole and legal affairs chief Vijay Gadde were dismissed on Thursday, the people said.',
				'Thursday'
			)
		).toBe('Ann Berg, Ned Sole and Vijay Gadde were dismissed');
	});

	it('cuts the phrase of a subject that would leave its verb no words of what it did', () => {
		expect(
			title(
				'Smoke from a large fire at the paper mill drifted over the estuary and into three villages on Tuesday.',
				'Tuesday'
			)
		).toMatch(/^Smoke from a large fire drifted over the estuary/);
	});

	it('leaves a subject of seven words or fewer, or a named court, as it is', () => {
		expect(
			title('A trial in the Delaware Court of Chancery had been set for October.', 'October')
		).toBe('Trial in the Delaware Court of Chancery had been set');
	});

	it('takes no words before a "because" for a subject', () => {
		expect(
			title(
				'For the city to be able to draw 20,000 visitors to the fair because it has a new hall is a feat, the mayor said on Friday.',
				'Friday'
			)
		).not.toMatch(/able to has/);
	});
});
