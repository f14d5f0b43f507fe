import { describe, expect, it } from 'vitest';
import { title } from './testing';

describe('earlierSubject', () => {
	it('names the person an opening "He" or "She" stands for from the sentence before', () => {
		expect(
			title('He then tried to walk away from the deal in July.', 'July', [
				'Musk, the richest man, first agreed in April to buy the company.'
			])
		).toBe('Musk then tried to walk away from the deal');
		expect(
			title('She was crowned at Westminster Abbey in June 1953.', 'June 1953', [
				'Elizabeth became queen in 1952.'
			])
		).toBe('Elizabeth was crowned at Westminster Abbey');
	});

	it('reads past a sentence whose subject is the same pronoun, and past a name its own sentence gives', () => {
		expect(
			title('She fired Kwarteng on Oct. 14.', 'Oct. 14', [
				'Truss took office on Sept. 6.',
				'Her finance minister Kwasi Kwarteng announced tax cuts on Sept. 23.'
			])
		).toBe('Truss fired Kwarteng');
		expect(
			title('He won again in 2012.', '2012', [
				'Obama won in 2008.',
				'He was sworn in a year later.'
			])
		).toBe('Obama won again');
	});

	it('gives "it" a name with "the" that compromise knows no organisation by', () => {
		expect(
			title('It sees prices rising by 4 percent next year.', 'next year', [
				'The IFB has forecast that prices will fall this year.'
			])
		).toBe('IFB sees prices rising by 4 percent');
		// Without "the", a name is a person's, which "it" is not.
		expect(
			title('It sees prices rising by 4 percent next year.', 'next year', [
				'Okafor has forecast that prices will fall this year.'
			])
		).toBe('It sees prices rising by 4 percent');
	});

	it('gives "it" a singular thing and "they" a plural, and keeps a pronoun nothing agrees with', () => {
		expect(
			title('It sank on Thursday in 5,000 feet of water.', 'Thursday', [
				'The rig burned for two days.'
			])
		).toBe('Rig sank in 5,000 feet of water');
		// A common noun its sentence repeats is no name it gives.
		expect(
			title('It weakened to a tropical storm on Thursday.', 'Thursday', [
				'The storm came ashore near Cayo Costa.'
			])
		).toBe('Storm weakened to a tropical storm');
		expect(
			title('They returned home on Friday.', 'Friday', ['The two climbers were rescued.'])
		).toBe('Two climbers returned home');
		// A common noun is no name for "she"; a name is no thing for "it".
		expect(
			title('She missed the opening of parliament in May.', 'May', [
				'The queen had suffered from mobility problems.'
			])
		).toBe('She missed the opening of parliament');
		expect(
			title('It emerged on Monday that a second school had closed.', 'Monday', [
				'The school closed its doors.'
			])
		).not.toMatch(/^School emerged/);
	});

	it('names the owner of an opening "Its", "His" or "Their" from the sentence before', () => {
		expect(
			title('Its shares fell 5% on Monday.', 'Monday', ['The Bank of Ruritania cut its forecast.'])
		).toBe("Bank of Ruritania's shares fell 5%");
		expect(
			title('His car was found in a lake on Friday.', 'Friday', ['John Reed went missing in May.'])
		).toBe("John Reed's car was found in a lake");
		expect(
			title('Their plane landed in Rome on Tuesday.', 'Tuesday', ['The two climbers were rescued.'])
		).toBe("Two climbers' plane landed in Rome");
		// A common noun opening a sentence is no person's name.
		expect(
			title('His car was found in a lake on Friday.', 'Friday', ['Police are searching for him.'])
		).toBe('His car was found in a lake');
	});

	it('names a speaker given as a pronoun: "…, he said"', () => {
		expect(
			title('We expect to reopen the plant in March, he said.', 'March', [
				'Acme Steel chief John Cole spoke to reporters.'
			])
		).toBe('John Cole: We expect to reopen the plant');
	});

	it('gives no noun to an "it" that stands for nothing, past an auxiliary or a "not"', () => {
		const before = ['The pipeline was shut.'];
		// A passive with a "that" clause after it is said of nothing, and says nothing without it.
		expect(title('It was decided on Monday that the schools would close.', 'Monday', before)).toBe(
			'It was decided that the schools would close'
		);
		expect(title('It could take until June to finish the repairs.', 'June', before)).toMatch(
			/^It could take/
		);
		expect(
			title('It would not be possible to reopen the mine before 2030.', '2030', before)
		).toMatch(/^It would not be possible/);
		// A passive "it" is something.
		expect(
			title('It was taken to the depot on Monday.', 'Monday', ['The damaged tanker drifted.'])
		).toMatch(/^Damaged tanker was taken/);
	});

	it('reads past a fragment and a participle opening, and takes no plural for a name', () => {
		const before = [
			'Doctors said on Wednesday that his condition had worsened.',
			'Born Edson Nascimento in 1940, Pele made his debut at 15.',
			'with top winds of 150 mph, the centre said.'
		];
		expect(title('He retired in 1977.', '1977', before)).toBe('Pele retired');
		expect(title('He retired in 1977.', '1977', before.slice(0, 1))).toBe('He retired');
	});

	it('gives "it" an organisation\'s name and "she" no organisation', () => {
		expect(
			title('It had $19 billion in assets at the end of December.', 'the end of December', [
				'Founded in 1921, Harbor Point Bank grew into a lender to farmers.'
			])
		).toBe('Harbor Point Bank had $19 billion in assets');
		expect(
			title('She resigned on Tuesday.', 'Tuesday', ['Harbor Point Bank lost $900 million.'])
		).toBe('She resigned');
	});

	it('names what a pronoun stands for when its speaker is the same pronoun', () => {
		expect(
			title('It said it had ended talks with a potential investor on Tuesday.', 'Tuesday', [
				'The airline blamed fuel costs for its loss.'
			])
		).toBe('Airline had ended talks with a potential investor');
	});

	it('names what a borrowed "He" stands for', () => {
		expect(
			title(
				'He was treated for cancer and was admitted to hospital in late November.',
				'late November',
				['Pele, the soccer great, died on Thursday.']
			)
		).toBe('Pele was admitted to hospital');
	});
});

describe('a lede whose subject carries a long relative clause', () => {
	it('is titled from the verb the subject takes, past the clause and its "and"', () => {
		expect(
			title(
				'Pele, the great who won three World Cups and was widely regarded as the best of all time, died on Thursday at the age of 82, his family said.',
				'Thursday'
			)
		).toBe('Pele died at the age of 82');
	});
});

describe('earlierSubject: a person the sentence before names', () => {
	it('gives "she" or "he" the one person the sentence before names, when its subject cannot be', () => {
		expect(
			title('She accepted it on Friday in Oslo.', 'on Friday', ['The award went to Maria Lopez.'])
		).toBe('Maria Lopez accepted it in Oslo');
		// Not a person this sentence names, nor one of the other sex, nor one of several.
		expect(
			title('She turned 40 on Saturday, and Darcey marked the day on Monday.', 'Saturday', [
				'It is a happy birthday this week for Darcey "the dancer" Bussell and Renee Zellweger.'
			])
		).toBe('Renee Zellweger turned 40');
		expect(
			title('She was freed on Tuesday.', 'on Tuesday', ['The court heard from John Smith.'])
		).toBe('She was freed');
		expect(
			title('He was freed on Tuesday.', 'on Tuesday', [
				'The court heard from John Smith and Tom Hale.'
			])
		).toBe('He was freed');
	});

	it('reads an earlier subject past a heading in capitals glued before it', () => {
		expect(
			title('She went to the hospital on 8 May but died days later.', '8 May', [
				'JO LEE - FIRST CONFIRMED CASE Jo Lee, a nurse of 40, fell ill in early May.'
			])
		).toBe('Jo Lee went to the hospital');
	});
});
