// Real mail servers for the outreach tests: Debian's Dovecot (IMAP, and LMTP for delivery into its
// mailboxes) and an SMTP receiver (the `smtp-server` package) that checks each sender's password and
// delivers what it accepts into Dovecot over LMTP, as a small MTA would. Every address in `users` is
// a real mailbox: the brand's and the creators'. Tests read and write mail as mail clients do
// (imapflow), and inject bounces or replies over LMTP as an MTA would (`deliver`).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.ts';

export interface MailUser {
  address: string;
  password: string;
}

export interface MailServers {
  smtpPort: number;
  imapPort: number;
  lmtpPort: number;
  /** smtp://user:pass@127.0.0.1:port for a user's address. */
  smtpUrl(address: string): string;
  imapUrl(address: string): string;
  /** Delivers a raw RFC 5322 message into the recipients' INBOX, as an MTA would. */
  deliver(raw: string | Buffer, envelope: { from: string; to: string[] }): Promise<void>;
  /** Every message in a user's INBOX, oldest first, as raw text. */
  inbox(address: string): Promise<string[]>;
  /** What the SMTP receiver accepted, in order. */
  accepted: { from: string; to: string[]; raw: string }[];
  stop(): Promise<void>;
}

const DOVECOT = '/usr/sbin/dovecot';
const MAIL_UID = 8; // Debian's `mail` user owns the test mailboxes (Dovecot refuses uid 0 for mail).

export async function startMailServers(users: MailUser[]): Promise<MailServers> {
  if (!existsSync(DOVECOT) || !existsSync('/usr/lib/dovecot/lmtp'))
    throw new Error('Dovecot is not installed: apt-get install dovecot-imapd dovecot-lmtpd (see .ci/run)');
  const dir = await mkdtemp(join(tmpdir(), 'mr-mail-'));
  await chmod(dir, 0o755);
  const [imapPort, lmtpPort] = [await freePort(), await freePort()];
  const passwords = new Map(users.map((u) => [u.address.toLowerCase(), u.password]));
  await writeFile(
    join(dir, 'users'),
    users.map((u) => `${u.address.toLowerCase()}:{PLAIN}${u.password}::::\n`).join(''),
  );
  const mail = join(dir, 'mail');
  await mkdir(mail);
  await chown(mail, MAIL_UID, MAIL_UID);
  await writeFile(join(dir, 'dovecot.conf'), dovecotConf(dir, imapPort, lmtpPort));
  const dovecot = spawn(DOVECOT, ['-F', '-c', join(dir, 'dovecot.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let dovecotOutput = '';
  dovecot.stdout?.on('data', (d) => (dovecotOutput += d));
  dovecot.stderr?.on('data', (d) => (dovecotOutput += d));
  // A start that fails part way stops what it started, so no Dovecot outlives the test file.
  // Dovecot may still write its log while it exits: the directory goes only once it has.
  const stopDovecot = async () => {
    dovecot.kill('SIGTERM');
    await new Promise((resolve) => (dovecot.exitCode !== null ? resolve(null) : dovecot.once('exit', resolve)));
    await rm(dir, { recursive: true, force: true });
  };
  const abandon = async (error: unknown): Promise<never> => {
    await stopDovecot();
    throw error;
  };
  await waitForPort(imapPort, dovecot, () => dovecotOutput, dir).catch(abandon);

  const lmtp = nodemailer.createTransport({ host: '127.0.0.1', port: lmtpPort, lmtp: true, name: 'mx.test' } as never);
  const deliver = async (raw: string | Buffer, envelope: { from: string; to: string[] }) => {
    await lmtp.sendMail({ envelope, raw });
  };
  const accepted: MailServers['accepted'] = [];
  const smtp = new SMTPServer({
    name: 'mx.test',
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const expected = passwords.get(String(auth.username).toLowerCase());
      if (expected === undefined || expected !== auth.password)
        return callback(new Error('Invalid username or password'));
      callback(null, { user: auth.username });
    },
    onRcptTo(address, _session, callback) {
      if (!passwords.has(address.address.toLowerCase())) {
        const error = new Error(`No such user here: ${address.address}`) as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const to = session.envelope.rcptTo.map((r) => r.address);
        accepted.push({ from, to, raw: raw.toString('utf8') });
        deliver(raw, { from, to }).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  // Our own listener takes any port the kernel gives it; a failed bind rejects instead of hanging.
  const smtpPort = await new Promise<number>((resolve, reject) => {
    smtp.server.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve((smtp.server.address() as { port: number }).port));
  }).catch(abandon);

  const url = (scheme: string, port: number, address: string) =>
    `${scheme}://${encodeURIComponent(address)}:${encodeURIComponent(passwords.get(address.toLowerCase()) ?? '')}@127.0.0.1:${port}`;

  return {
    smtpPort,
    imapPort,
    lmtpPort,
    accepted,
    smtpUrl: (address) => url('smtp', smtpPort, address),
    imapUrl: (address) => url('imap', imapPort, address),
    deliver,
    async inbox(address) {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port: imapPort,
        secure: false,
        auth: { user: address, pass: passwords.get(address.toLowerCase()) ?? '' },
        logger: false,
      });
      await client.connect();
      try {
        const lock = await client.getMailboxLock('INBOX');
        try {
          const out: string[] = [];
          if ((client.mailbox as { exists: number }).exists === 0) return out;
          for await (const message of client.fetch('1:*', { source: true }))
            out.push(message.source?.toString('utf8') ?? '');
          return out;
        } finally {
          lock.release();
        }
      } finally {
        await client.logout();
      }
    },
    async stop() {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      lmtp.close();
      await stopDovecot();
    },
  };
}

function dovecotConf(dir: string, imapPort: number, lmtpPort: number): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap lmtp
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%u
first_valid_uid = ${MAIL_UID}
default_login_user = dovenull
default_internal_user = dovecot
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/users
}
userdb {
  driver = static
  args = uid=${MAIL_UID} gid=${MAIL_UID} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    port = 0
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${lmtpPort}
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
protocol lmtp {
  postmaster_address = postmaster@mx.test
}
`;
}

async function waitForPort(port: number, child: ChildProcess, output: () => string, dir: string): Promise<void> {
  const { connect } = await import('node:net');
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) {
      const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');
      throw new Error(`Dovecot exited (${child.exitCode}): ${output()}${log}`);
    }
    // Dovecot's own greeting, not just an open port: another listener on it would otherwise pass.
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.setTimeout(1_000, () => socket.destroy());
      socket.once('data', (greeting) => {
        socket.end();
        resolve(greeting.toString('latin1').startsWith('* OK'));
      });
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Dovecot did not listen on ${port}: ${output()}`);
}
