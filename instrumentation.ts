// Starts the scheduled jobs (reminders, message sending) with each Next server instance; see lib/jobs/scheduler.ts
// for why several instances are safe. JOBS=off leaves them out (e.g. an instance that should only serve pages).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.JOBS === 'off' || !process.env.DATABASE_URL) return;
  const { startScheduler } = await import('./lib/jobs/scheduler');
  try {
    await startScheduler(process.env.DATABASE_URL);
  } catch (error) {
    // the app serves without its jobs rather than not at all; the next start tries again
    console.error('[jobs] scheduler did not start', error);
  }
}
