import { withAuth } from 'next-auth/middleware';

// Only sends anonymous visitors to the login page; pages, actions and data functions check again.
// /api/reports answers for itself (401 as JSON, not a redirect to the login page); /api/v1 authenticates by API
// token, never by session.
export default withAuth({ pages: { signIn: '/login' } });

export const config = {
  matcher: ['/((?!login|api/auth|api/health|api/reports|api/v1|_next/static|_next/image|favicon.ico).*)'],
};
