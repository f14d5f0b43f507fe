/** The pronouns a title step reads, by what they can stand for. */
export const PERSONAL = new Set(['he', 'she']);
export const IMPERSONAL = new Set(['it', 'they']);
export const FIRST_PERSON = new Set(['i', 'we']);
export const POSSESSIVE: Record<string, string> = { he: 'his', she: 'her' };
