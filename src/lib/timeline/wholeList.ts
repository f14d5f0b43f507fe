/**
 * How many entries a list may have and still be rendered whole (about 2,000 elements). Apart from
 * `listWindow.ts` so that the event list can tell whether it needs that code without loading it.
 */
export const WHOLE_LIST = 200;
