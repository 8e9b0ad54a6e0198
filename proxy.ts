import { withAuth } from 'next-auth/middleware';

// Only sends anonymous visitors to the login page; pages, actions and data functions check again.
// /api/reports answers for itself (401 as JSON, not a redirect to the login page).
export default withAuth({ pages: { signIn: '/login' } });

export const config = {
  matcher: ['/((?!login|api/auth|api/health|api/reports|_next/static|_next/image|favicon.ico).*)'],
};
