import { spawn } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { alertMail, type AlertMailInput } from '@/lib/alerts/mail';
import { startSmtpSink } from '@/tests/support/smtp-sink';
import { memoryCommittedTransport, smtpCommittedTransport, UnconfirmedAfterCommit, type CommittedTransport } from './committed';

const FROM = 'Gelijke Kansen Alliantie <meldingen@gka.example>';
const ORIGIN = 'https://gka.example';

const INPUT: AlertMailInput = {
  locale: 'nl',
  origin: ORIGIN,
  to: 'anna@example.nl',
  selection: { title: 'Interventies — Thema: Armoede', url: `${ORIGIN}/interventies?thema=armoede` },
  frequency: 'direct',
  items: [{ url: '/interventies/brede-brugklas', kind: 'interventie', title: 'Brede brugklas', summary: 'Later kiezen.', date: '2023-03-14' }],
  unsubscribeUrl: `${ORIGIN}/formulieren/e-mailmeldingen/afmelden?code=af.1`,
  manageUrl: `${ORIGIN}/e-mailmeldingen/beheren?code=be.1`,
  deliveryId: '1',
};

const mail = (deliveryId: string, to = 'anna@example.nl') =>
  alertMail({ ...INPUT, to, deliveryId, unsubscribeUrl: `${ORIGIN}/formulieren/e-mailmeldingen/afmelden?code=af.${deliveryId}` });

/** A weekly digest of 500 items: about 0.5 MB, many times what a socket writes in one go. */
const digest = (deliveryId: string) =>
  alertMail({
    locale: 'nl',
    origin: ORIGIN,
    to: 'anna@example.nl',
    selection: { title: 'Nieuws', url: `${ORIGIN}/actueel/nieuws` },
    frequency: 'wekelijks',
    items: Array.from({ length: 500 }, (_, i) => ({
      url: `/actueel/nieuws/2024/01/${String((i % 28) + 1).padStart(2, '0')}/bericht-${i}`,
      kind: 'nieuws' as const,
      title: `Bericht ${i}`,
      summary: 'Een samenvatting van een bericht, lang genoeg om het overzicht een echte omvang te geven. '.repeat(3),
      date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
    })),
    unsubscribeUrl: `${ORIGIN}/formulieren/e-mailmeldingen/afmelden?code=af.${deliveryId}`,
    manageUrl: `${ORIGIN}/e-mailmeldingen/beheren?code=be.1`,
    deliveryId,
  });

const until = async (done: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** Waits until `read` stops changing: what the server receives arrives on later turns of the loop. */
const settled = async (read: () => number) => {
  let last = -1;
  let steady = 0;
  while (steady < 5) {
    const now = read();
    steady = now === last ? steady + 1 : 0;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

/** A message of which everything arrived but the 4 bytes smtp-server holds back: "--\r\n" after the last boundary. */
const WHOLE_BUT_THE_END = /<\/html>\r\n\r\n----_NmP-[0-9a-f]+-Part_1$/;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function setup() {
  const sink = await startSmtpSink();
  const transport = smtpCommittedTransport(`smtp://127.0.0.1:${sink.port}`, FROM);
  cleanup.push(sink.close, transport.close);
  return { sink, transport };
}

describe('smtpCommittedTransport', () => {
  it('runs commit() once the server has all of the message but its final dot, and completes it after', async () => {
    const { sink, transport } = await setup();
    let arrivedBeforeCommit = '';
    const outcome = await transport.send(mail('42'), async () => {
      await settled(() => sink.arriving().join('').length);
      expect(sink.received).toHaveLength(0);
      arrivedBeforeCommit = sink.arriving()[0];
      return true;
    });
    expect(outcome).toBe('sent');
    expect(sink.received).toHaveLength(1);
    const { raw, to } = sink.received[0];
    expect(to).toEqual(['anna@example.nl']);
    // Everything but the last 4 bytes, which smtp-server holds back until it sees how DATA ends.
    expect(raw.startsWith(arrivedBeforeCommit)).toBe(true);
    expect(raw.length - arrivedBeforeCommit.length).toBeLessThanOrEqual(4);
    // Headers unfolded (nodemailer folds the long ones), their names as nodemailer writes them.
    const head = raw
      .split('\r\n\r\n')[0]
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n');
    expect(head).toEqual(
      expect.arrayContaining([
        'Message-ID: <melding-42@gka.example>',
        'List-Unsubscribe: <https://gka.example/formulieren/e-mailmeldingen/afmelden?code=af.42>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        expect.stringMatching(/^List-ID: <s[0-9a-f]{16}\.e-mailmeldingen\.gka\.example>$/),
        'Auto-Submitted: auto-generated',
        'Content-Language: nl',
        'From: Gelijke Kansen Alliantie <meldingen@gka.example>',
        'To: anna@example.nl',
        'Subject: =?UTF-8?Q?Nieuw_bij_Interventies_=E2=80=94_Thema?= =?UTF-8?Q?=3A_Armoede=3A_Brede_brugklas?=',
      ]),
    );
    const boundary = /^Content-Type: multipart\/alternative;\s*boundary="([^"]+)"/m.exec(raw)?.[1];
    expect(boundary).toBeDefined();
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(raw.endsWith(`--${boundary}--\r\n`)).toBe(true);
    const decoded = raw.replace(/=\r\n/g, '');
    expect(decoded).toContain('Brede brugklas\r\ndinsdag 14 maart 2023');
    expect(decoded).toContain('<!doctype html>');
  });

  it('abandons the message when commit() says no: the server keeps nothing, and the next mail goes out', async () => {
    const { sink, transport } = await setup();
    expect(
      await transport.send(mail('1'), async () => {
        await settled(() => sink.arriving().join('').length);
        return false;
      }),
    ).toBe('withdrawn');
    await until(() => sink.aborted.length === 1);
    // All of it had arrived, up to the last boundary (smtp-server holds back its final "--\r\n").
    expect(sink.aborted[0]).toMatch(WHOLE_BUT_THE_END);
    expect(sink.received).toHaveLength(0);

    expect(await transport.send(mail('2'), async () => true)).toBe('sent');
    expect(sink.received.map((m) => /^Message-ID: (.*)\r$/m.exec(m.raw)?.[1])).toEqual(['<melding-2@gka.example>']);
    expect(sink.aborted).toHaveLength(1);
  });

  it('abandons the message when commit() throws, passes the error on, and the next mail goes out', async () => {
    const { sink, transport } = await setup();
    const failure = new Error('database weg');
    await expect(
      transport.send(mail('1'), async () => {
        await until(() => sink.arriving().length === 1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    await until(() => sink.aborted.length === 1);
    expect(sink.received).toHaveLength(0);
    expect(await transport.send(mail('2'), async () => true)).toBe('sent');
    expect(sink.received).toHaveLength(1);
  });

  it('sends one mail after another over one connection, also when called at once', async () => {
    const { sink, transport } = await setup();
    const order: string[] = [];
    const outcomes = await Promise.all(
      ['1', '2', '3'].map((id) =>
        transport.send(mail(id, `lid${id}@example.nl`), async () => {
          order.push(id);
          return true;
        }),
      ),
    );
    expect(outcomes).toEqual(['sent', 'sent', 'sent']);
    expect(order).toEqual(['1', '2', '3']);
    expect(sink.received.map((m) => m.to[0])).toEqual(['lid1@example.nl', 'lid2@example.nl', 'lid3@example.nl']);
    expect(sink.connections()).toBe(1);
  });

  it('waits with commit() while the server does not take the message in', async () => {
    // A message larger than the kernel's buffers (4 MB to send on Linux), to a server that reads
    // none of it until released: most of it stays in this process, and commit() must wait.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const received: number[] = [];
    const slow = await server({
      onData(stream, _session, callback) {
        let bytes = 0;
        void held.then(() => {
          stream.on('data', (chunk: Buffer) => (bytes += chunk.length));
          stream.on('end', () => (received.push(bytes), callback()));
        });
      },
    });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${slow.port}`, FROM);
    cleanup.push(transport.close);
    const large = alertMail({
      ...INPUT,
      items: [{ url: '/interventies/brede-brugklas', kind: 'interventie', title: 'Brede brugklas', summary: 'Later kiezen. '.repeat(400_000) }],
    });
    cleanup.push(async () => release()); // first, should an expectation fail while it holds
    let committed = false;
    const sending = transport.send(large, async () => (committed = true));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(committed).toBe(false);
    release();
    expect(await sending).toBe('sent');
    expect(committed).toBe(true);
    expect(received[0]).toBeGreaterThan(10_000_000);
  });

  it('opens a new connection when the server ended the kept one', async () => {
    let connections = 0;
    const received: string[] = [];
    const impatient = await server({
      socketTimeout: 300, // more than smtp-server's 100 ms before its greeting
      onConnect: (_session, callback) => (connections++, callback()),
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => (received.push(session.envelope.rcptTo[0].address), callback()));
      },
    });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${impatient.port}`, FROM);
    cleanup.push(transport.close);
    expect(await transport.send(mail('1', 'een@example.nl'), async () => true)).toBe('sent');
    await until(() => impatient.instance.connections.size === 0);
    expect(await transport.send(mail('2', 'twee@example.nl'), async () => true)).toBe('sent');
    expect(received).toEqual(['een@example.nl', 'twee@example.nl']);
    expect(connections).toBe(2);
  });

  it('sends again over a new connection when the kept one fails before the message began', async () => {
    let mails = 0;
    let connections = 0;
    const received: string[] = [];
    const closing = await server({
      onConnect: (_session, callback) => (connections++, callback()),
      // The second mail meets a server that is shutting this connection down.
      onMailFrom: (_address, _session, callback) => callback(++mails === 2 ? Object.assign(new Error('Even niet'), { responseCode: 421 }) : undefined),
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => (received.push(session.envelope.rcptTo[0].address), callback()));
      },
    });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${closing.port}`, FROM);
    cleanup.push(transport.close);
    let commits = 0;
    const commit = async () => (commits++, true);
    expect(await transport.send(mail('1', 'een@example.nl'), commit)).toBe('sent');
    expect(await transport.send(mail('2', 'twee@example.nl'), commit)).toBe('sent');
    expect(received).toEqual(['een@example.nl', 'twee@example.nl']);
    expect({ connections, commits }).toEqual({ connections: 2, commits: 2 });
  });

  it('does not run commit() when the server cannot be reached or refuses the recipient', async () => {
    const probe = await startSmtpSink();
    await probe.close();
    let commits = 0;
    const commit = async () => (commits++, true);
    const down = smtpCommittedTransport(`smtp://127.0.0.1:${probe.port}`, FROM);
    await expect(down.send(mail('1'), commit)).rejects.toThrow(/ECONNREFUSED|connect/i);

    const refusing = await server({ onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('Onbekend adres'), { responseCode: 550 })) });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${refusing.port}`, FROM);
    cleanup.push(transport.close);
    await expect(transport.send(mail('2'), commit)).rejects.toThrow(/Onbekend adres/);
    expect(commits).toBe(0);
  });

  it('says so when the server refuses the message after commit(): it may have arrived', async () => {
    const refusing = await server({
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Niet gewenst'), { responseCode: 554 })));
      },
    });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${refusing.port}`, FROM);
    cleanup.push(transport.close);
    const error = await transport.send(mail('1'), async () => true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnconfirmedAfterCommit);
    expect(error).toMatchObject({ mayHaveArrived: true, message: expect.stringContaining('Niet gewenst') });
  });

  it('says so when the connection fails while commit() runs: the dot never went, the message did not arrive', async () => {
    const kept: string[] = [];
    const dropping = await server({
      onData(stream, _session, callback) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c));
        stream.on('error', () => {});
        stream.on('end', () => (kept.push(raw), callback()));
      },
    });
    const transport = smtpCommittedTransport(`smtp://127.0.0.1:${dropping.port}`, FROM);
    cleanup.push(transport.close);
    const error = await transport
      .send(mail('1'), async () => {
        for (const connection of dropping.instance.connections) connection.close();
        await until(() => dropping.instance.connections.size === 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return true;
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnconfirmedAfterCommit);
    expect(error).toMatchObject({ mayHaveArrived: false });
    expect(kept).toEqual([]);
  });
});

describe('smtpCommittedTransport in a process that is killed', () => {
  // A sender in a child process sends a large digest to the sink here and is killed with SIGKILL:
  // at the start of commit() (the row is not marked sent), or right after commit() resolved true.
  const sender = async (port: number, kill: 'in-commit' | 'after-commit') => {
    const root = process.cwd();
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const outfile = path.join(root, '.cache/tests/committed-sender.mjs');
    await build({
      stdin: {
        resolveDir: path.join(root, 'lib/mail'),
        loader: 'ts',
        contents: `
          import { smtpCommittedTransport } from './committed';
          const [port, kill] = process.argv.slice(2);
          const transport = smtpCommittedTransport('smtp://127.0.0.1:' + port, ${JSON.stringify(FROM)});
          await transport.send(${JSON.stringify(digest('9'))}, async () => {
            if (kill === 'in-commit') process.kill(process.pid, 'SIGKILL');
            setImmediate(() => process.kill(process.pid, 'SIGKILL'));
            return true;
          });`,
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      external: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]),
      outfile,
      logLevel: 'error',
    });
    const child = spawn(process.execPath, [outfile, String(port), kill], { stdio: 'inherit' });
    return new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  };

  it('killed before commit() resolves: everything but the dot had arrived, and the server keeps nothing', async () => {
    const sink = await startSmtpSink();
    cleanup.push(sink.close);
    expect(await sender(sink.port, 'in-commit')).toBe('SIGKILL');
    await until(() => sink.aborted.length === 1);
    expect(sink.aborted[0]).toMatch(WHOLE_BUT_THE_END);
    expect(sink.aborted[0].length).toBeGreaterThan(500_000);
    expect(sink.received).toHaveLength(0);
  });

  it('killed right after commit() resolved true: the message arrives whole', async () => {
    const sink = await startSmtpSink();
    cleanup.push(sink.close);
    expect(await sender(sink.port, 'after-commit')).toBe('SIGKILL');
    await until(() => sink.received.length === 1);
    expect(sink.received[0].raw).toMatch(/^Message-ID: <melding-9@gka\.example>\r$/m);
    expect(sink.received[0].raw).toMatch(/<\/html>\r\n\r\n----_NmP-[0-9a-f]+-Part_1--\r\n$/);
    expect(sink.aborted).toEqual([]);
  });
});

describe('memoryCommittedTransport', () => {
  it('keeps what commit() lets through', async () => {
    const transport: CommittedTransport & { sent: unknown[] } = memoryCommittedTransport();
    expect(await transport.send(mail('1'), async () => false)).toBe('withdrawn');
    expect(await transport.send(mail('2'), async () => true)).toBe('sent');
    expect(transport.sent).toEqual([mail('2')]);
  });
});

/** An SMTP server with handlers of the test's choosing. */
async function server(
  handlers: Pick<ConstructorParameters<typeof SMTPServer>[0] & object, 'onData' | 'onRcptTo' | 'onMailFrom' | 'onConnect' | 'socketTimeout'>,
) {
  const instance = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], disableReverseLookup: true, logger: false, ...handlers });
  await new Promise<void>((resolve) => instance.listen(0, '127.0.0.1', () => resolve()));
  cleanup.push(() => new Promise<void>((resolve) => instance.close(() => resolve())));
  return { instance, port: (instance.server.address() as AddressInfo).port };
}
