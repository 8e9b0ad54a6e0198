// `npm run admin:create -- --username <name> [--display-name <name>]`: the first administrator of a database.
// The password is typed twice at a hidden prompt, or read from standard input (first line; a second line, when
// given, must repeat it); never from the command line, where it would sit in the shell history and process list.
import { createPrismaClient } from '../lib/db-client';
import { provideDatabase } from './database';
import { createFirstAdmin, FirstAdminRefused } from './first-admin';
import { applyMigrations } from './migrate';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function hiddenPrompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          return resolve(value);
        }
        if (char === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('Cancelled.'));
        }
        if (char === '\u007f') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readStdin(): Promise<string[]> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await hiddenPrompt('Password: ');
    const second = await hiddenPrompt('Password again: ');
    if (first !== second) throw new FirstAdminRefused('The two passwords differ.');
    return first;
  }
  const [first = '', second] = await readStdin();
  if (second && second !== first) throw new FirstAdminRefused('The two passwords on standard input differ.');
  return first;
}

async function main() {
  if (process.argv.some((arg) => /^--?(p|password|pass|pwd)(=|$)/i.test(arg))) {
    console.error(
      'Refused: a password is never taken from the command line (it would stay in the shell history and the ' +
        'process list). Run without it and type it at the prompt, or pipe it on standard input.',
    );
    process.exit(2);
  }
  const username = option('--username');
  if (!username) {
    console.error('Usage: npm run admin:create -- --username <name> [--display-name <name>]');
    process.exit(2);
  }
  const password = await readPassword();
  const db = await provideDatabase({ quiet: true });
  const prisma = createPrismaClient(db.url);
  try {
    await applyMigrations(db.url);
    await createFirstAdmin(prisma, { username, displayName: option('--display-name'), password });
    console.log(`Administrator ${username} created. Sign in with it; it must change its password at first sign-in.`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof FirstAdminRefused ? `Refused: ${error.message}` : error.message);
  process.exit(1);
});
