// Every page is prerendered to static HTML; the timeline then hydrates into a single-page app.
export const prerender = true;
export const trailingSlash = 'always';
