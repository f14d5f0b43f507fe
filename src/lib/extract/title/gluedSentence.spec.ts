import { describe, expect, it } from 'vitest';
import { after, title } from './testing';

describe('gluedSentence: a sentence start the page lost', () => {
	it('leaves out a headline, standfirst and timestamp glued before the lede', () => {
		expect(
			title(
				'Ferry passenger in hospital after trip from storm-hit coast Officials have warned travellers to stay alert Saturday 12 May 2012 14.30 BST A passenger was taken to hospital with head injuries today after falling ill on a ferry.',
				'today'
			)
		).toBe('Passenger was taken to hospital with head injuries…');
	});

	it('starts the title where a capitalised "For", "But" or "The" follows a word in lower case', () => {
		expect(
			title(
				'But it does not mean the town is safe For the first time since 1987, a flood has reached the market square.',
				'1987'
			)
		).toBe('Flood has reached the market square');
		expect(
			title(
				'Storm batters coast Emergency crews have been sent to the region The storm reached land on Tuesday, officials said.',
				'Tuesday'
			)
		).toBe('Storm reached land');
	});

	it('starts the title after a headline that ends on an acronym or a quotation', () => {
		expect(
			title(
				'Explainer: the harbour fire and ACME On 3 May 2011 a fuel tank exploded at the docks.',
				'3 May 2011'
			)
		).toBe('Fuel tank exploded at the docks');
		expect(
			title(
				"Flood alert: ` stay calm, stay home ' A river burst its banks in Kent on Monday.",
				'Monday'
			)
		).toBe('River burst its banks in Kent');
	});

	it('ends the title there when the date is before it', () => {
		expect(
			title(
				'Water board cuts supply to three towns on Monday after pipe bursts We are working around the clock to fix it, a spokesman said.',
				'Monday'
			)
		).toBe('Water board cuts supply to three towns');
		expect(
			title(
				'Up to half the town could be flooded by spring if the river keeps rising But we cannot say yet whether it will match the great flood.',
				'spring'
			)
		).toBe('Up to half the town could be flooded');
	});

	it('starts the title at a capitalised pronoun after a pronoun: no pronoun but "I" has one', () => {
		expect(
			title(
				'Towns do better if they share their pumps rather than keep them They are now far readier than they were in 2019 to face a flood.',
				'2019'
			)
		).not.toMatch(/share their pumps/);
	});

	it('starts the title after a heading set in capitals', () => {
		expect(
			after(
				'gluedSentence',
				'NEW SEAL FOR LEAKING GAS WELL When crews removed the old seal on 4 June, gas began to flow.',
				'on 4 June'
			)
		).toBe('When crews removed the old seal on 4 June, gas began to flow.');
		expect(title('The UN and WHO met on Monday in Geneva.', 'Monday')).toBe(
			'UN and WHO met in Geneva'
		);
	});

	it('reads a capital inside a name, or after a preposition, as no sentence start', () => {
		expect(
			title('Doctors Without Borders said on Monday it had closed two clinics.', 'Monday')
		).toBe('Doctors Without Borders said it had closed two clinics');
		expect(title('The summit in The Hague ended on Friday with a joint statement.', 'Friday')).toBe(
			'Summit in The Hague ended with a joint statement'
		);
	});
});

describe('gluedSentence, when the date is the timestamp', () => {
	it('titles the headline before it, as written: the news of that day', () => {
		expect(
			title(
				'Ferry passenger in hospital after trip from storm-hit coast Saturday 12 May 2012 14.30 BST A passenger was taken to hospital with head injuries after falling ill on a ferry.',
				'Saturday 12 May 2012 14.30 BST'
			)
		).toBe('Ferry passenger in hospital after trip from storm-hit coast');
	});

	it('leaves a byline and its stamp alone: no happening is told there', () => {
		expect(
			title(
				'Jane Roe | 17:45 UK time, Wednesday, 12 May 2012 This week, one story has led our coverage.',
				'Wednesday, 12 May 2012'
			)
		).not.toMatch(/17:45/);
	});

	it('reads a spelled number with a capital after a word in lower case as a lost start', () => {
		expect(
			title(
				'Sam Ortiz says he is feeling much better Seven-year-old Sam Ortiz fell ill in early May.',
				'early May'
			)
		).toBe('Seven-year-old Sam Ortiz fell ill');
		expect(title('The Formula One season opened in March.', 'March')).toBe(
			'Formula One season opened'
		);
	});
});
