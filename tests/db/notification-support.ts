// A real SMTP server (smtp-server) and a real HTTP receiver standing in for the 企业微信 / 钉钉 robot endpoints.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Mail = { to: string[]; subject: string; text: string };

/** RFC 2047 encoded words (B and Q) → text */
const decodeWords = (s: string) =>
  s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );

function parseMail(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeWords(unfolded.match(/^Subject: (.*)$/im)?.[1] ?? '');
  const text = Buffer.from(rest.join('\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { to, subject, text };
}

export async function startSmtpServer() {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address),
          ),
        );
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type RobotCall = {
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown>;
  isSignatureValid: boolean;
};

/** Answers like both robots ({"errcode":0}); checks 钉钉's signature against `dingtalkSecret`. */
export async function startRobotReceiver(dingtalkSecret: string) {
  const calls: RobotCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const timestamp = url.searchParams.get('timestamp') ?? '';
      const expected = createHmac('sha256', dingtalkSecret).update(`${timestamp}\n${dingtalkSecret}`).digest('base64');
      calls.push({
        path: url.pathname,
        query: url.searchParams,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
        isSignatureValid: url.searchParams.get('sign') === expected,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { calls, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
