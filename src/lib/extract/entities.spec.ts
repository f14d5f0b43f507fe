import { describe, expect, it } from 'vitest';
import { findEntities } from './entities';

describe('findEntities', () => {
	it('finds a titled person, a river and an agency named in one passage', () => {
		expect(
			findEntities([
				'Gov. Mike DeWine said the National Weather Service expects the Ohio River to crest.'
			])
		).toEqual({
			people: ['Gov. Mike DeWine'],
			places: ['Ohio River'],
			organizations: ['National Weather Service']
		});
	});

	it('keeps Arabic names whole and reads "the Iraqi government" as an organisation', () => {
		expect(
			findEntities([
				'The strike killed Mushtaq Taleb al-Saidi, the Iraqi government said in Baghdad.'
			])
		).toEqual({
			people: ['Mushtaq Taleb al-Saidi'],
			places: ['Baghdad'],
			organizations: ['Iraqi government']
		});
	});

	it('reads armed groups as organisations and countries by their initials as places', () => {
		expect(
			findEntities([
				'A U.S. strike hit Harakat al-Nujaba, part of the Popular Mobilization Force, as the Islamic State regrouped in New York State news.'
			])
		).toEqual({
			people: [],
			places: ['U.S.', 'New York State'],
			organizations: ['Harakat al-Nujaba', 'Popular Mobilization Force', 'Islamic State']
		});
	});

	it('takes the name after a role, and the place after "of"', () => {
		expect(
			findEntities(['Secretary of State Madeleine Albright met Sen. Bob Smith of New Hampshire.'])
		).toEqual({
			people: ['Madeleine Albright', 'Sen. Bob Smith'],
			places: ['New Hampshire'],
			organizations: []
		});
	});

	it('leaves out sentence-initial words, wire credits and capitalised words nothing vouches for', () => {
		expect(findEntities(['(AP) — The Flooding Was Severe, Officials Say.'])).toEqual({
			people: [],
			places: [],
			organizations: []
		});
	});

	it('matches across no-break spaces and drops a possessive', () => {
		expect(findEntities(['Israel\u2019s army moved as New\u00a0York watched.'])).toEqual({
			people: [],
			places: ['Israel', 'New York'],
			organizations: []
		});
	});
});
