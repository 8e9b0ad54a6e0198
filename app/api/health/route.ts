import { getDatabaseHealth } from '@/lib/data/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const database = await getDatabaseHealth();
  return Response.json(
    { status: database.isUp ? 'ok' : 'unavailable', database },
    { status: database.isUp ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
