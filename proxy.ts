import { withAuth } from 'next-auth/middleware';

// Only sends anonymous visitors to the login page; pages, actions and data functions check again.
export default withAuth({ pages: { signIn: '/login' } });

export const config = {
  matcher: ['/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico).*)'],
};
