// A TCP proxy in front of the test SMTP server that can swallow the server's answer to the end of one
// message's data: the server has accepted (and delivered) the email, the sender never hears so. That is
// the moment a crash leaves a send `unknown`.
import { createServer, connect, type Server } from 'node:net';

export interface HoldingProxy {
  port: number;
  /** The next message whose data ends is delivered but its answer is withheld (the client waits). */
  holdNext(): void;
  /** How many messages were held so far. */
  held(): number;
  stop(): Promise<void>;
}

export async function startHoldingProxy(targetPort: number): Promise<HoldingProxy> {
  let armed = false;
  let held = 0;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    let holding = false;
    let inData = false;
    let tail = '';
    client.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      if (!inData) {
        if (/(^|\r\n)DATA\r\n/i.test(text)) inData = true;
        tail = '';
      } else {
        const joined = tail + text;
        if (joined.includes('\r\n.\r\n')) {
          inData = false;
          if (armed) {
            armed = false;
            holding = true;
            held += 1;
          }
        }
        tail = joined.slice(-5);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!holding) client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close);
    upstream.on('error', close);
    client.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    holdNext: () => {
      armed = true;
    },
    held: () => held,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
