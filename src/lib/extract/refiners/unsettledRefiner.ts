/**
 * Drops candidates no refiner could settle (a weekday or "the quarter" left without a value):
 * a time expression without a value is not worth reporting.
 */
import type { Refiner } from '../types';

export const unsettledRefiner: Refiner = {
	name: 'unsettledRefiner',
	refine: (_context, candidates) => candidates.filter((candidate) => candidate.value !== '')
};
