// Every database test reads "today" from the app's clock pinned here, never from the calendar: in the demo year
// October is submitted, November is the month being entered and December has not started, whenever the tests run.
// A test that needs another instant passes `now` or calls setClock itself.
import { afterAll, beforeAll } from 'vitest';
import { setClock } from '../../lib/clock';
import { TEST_NOW } from '../support/test-now';

beforeAll(() => setClock(TEST_NOW));
afterAll(() => setClock(null));
