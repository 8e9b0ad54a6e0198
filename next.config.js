const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['pg', 'exceljs', 'pdfkit', 'bcryptjs'],
  // The dev server is reached as 127.0.0.1 by the tests.
  allowedDevOrigins: ['127.0.0.1'],
  experimental: { authInterrupts: true },
};

module.exports = withNextIntl(nextConfig);
