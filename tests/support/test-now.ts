/** The instant the tests run at (Thursday 26 November 2026, noon in Shanghai): the database tests pin the app's clock
 * to it and the browser tests' server runs at it (APP_NOW), so no test depends on today's date. */
export const TEST_NOW = new Date('2026-11-26T04:00:00Z');
