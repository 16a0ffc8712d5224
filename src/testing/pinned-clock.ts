import { pinToday } from '../shared/clock.js';

// The suite runs on a pinned business day (KEGUAN_TODAY in vitest.config.ts), so what it checks does not
// depend on the day it runs; the clock's own tests unpin it to prove the real Beijing day is booked.
pinToday(process.env.KEGUAN_TODAY);
