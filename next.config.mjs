import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { engineFingerprint } from './scripts/engine-fingerprint.mjs';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['pg', 'pg-boss', 'nodemailer', 'exceljs', 'pdfkit', 'fontkit', 'bcryptjs'],
  // The dev server is reached as 127.0.0.1 by the tests.
  allowedDevOrigins: ['127.0.0.1'],
  // Evidence uploads (lib/actions/evidence.ts) are at most 10 MiB: room for that plus the multipart envelope, both in
  // the server action's body parser and in front of it, where proxy.ts would otherwise cut bodies at 10 MB.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '11mb' }, proxyClientMaxBodySize: '11mb' },
};

// A production build carries the fingerprint of its figures' code (lib/data/plan-summary.ts); a dev server has none,
// so it never reuses a summary stored before an edit.
export default function config(phase) {
  const env = phase === PHASE_PRODUCTION_BUILD ? { ENGINE_FINGERPRINT: engineFingerprint(import.meta.dirname) } : {};
  return withNextIntl({ ...nextConfig, env });
}
