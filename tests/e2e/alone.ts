/**
 * The tag of a test that measures the page's own responsiveness (frame gaps, click latency) on
 * this 2-core machine: it runs in the `alone` project (playwright.config.ts), after every other
 * test and one at a time, so that what it measures is the page, not another test's Chromium
 * sharing the cores. Its thresholds are the same as they were.
 */
export const ALONE = { tag: '@alone' };
