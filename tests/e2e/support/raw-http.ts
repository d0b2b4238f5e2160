// Requests a browser or fetch() cannot make: a raw request line (absolute-form targets, TRACE,
// broken percent-encoding), header values as sent, and a chosen local address (127.0.0.2 and so
// on: the whole of 127.0.0.0/8 is this machine), so a test can play a proxy or another client.
import http from 'node:http';
import net from 'node:net';

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

/** Sends `head` (request line and headers, without the blank line) on a connection of its own. */
export function rawRequest(port: number, head: string, localAddress = '127.0.0.1'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port, localAddress });
    const chunks: Buffer[] = [];
    socket.setTimeout(60_000, () => socket.destroy(new Error('geen antwoord binnen 60 s')));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [top, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = top.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(`${head}\r\nConnection: close\r\n\r\n`);
  });
}

/** An ordinary request from a chosen local address. */
export function request(
  port: number,
  {
    method = 'GET',
    path,
    headers = {},
    body,
    localAddress = '127.0.0.1',
  }: { method?: string; path: string; headers?: Record<string, string>; body?: string; localAddress?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join('\n') : (v ?? '')])),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}
