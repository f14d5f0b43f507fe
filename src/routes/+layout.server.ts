// Every page is prerendered to static HTML; the timeline then hydrates into a single-page app.
// These options live in the server's layout file, not a universal `+layout.ts`: a universal module
// comes to the browser as a module namespace, and with it the bundler's interop helpers, 0.6 kB
// gzip of every page (issue 15). The server sends the trailing-slash option with the page's data.
export const prerender = true;
export const trailingSlash = 'always';
