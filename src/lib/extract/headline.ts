/**
 * Draft event titles: the title pipeline (`title/index.ts`) over the language layer's tags.
 */
export { draftTitle, subjectTitle } from './title/index';
