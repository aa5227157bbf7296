/**
 * A git server over HTTP on loopback, as GitHub is for a workflow: every request needs the
 * Authorization header that actions/checkout and `klacht voorstel` send (x-access-token and the
 * token, as HTTP basic). It runs git's own `git http-backend` (CGI) for the repositories in `root`.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export class GitHttpServer {
  url = '';
  /** Requests that came without the right token. */
  refused = 0;
  private server: Server | undefined;

  constructor(private readonly root: string, private readonly token: string) {}

  async start(): Promise<this> {
    const expected = `Basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
    this.server = createServer((request, response) => {
      if ((request.headers.authorization ?? '').toLowerCase() !== expected.toLowerCase()) {
        this.refused++;
        response.writeHead(401, { 'www-authenticate': 'Basic realm="git"' }).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://localhost');
      const cgi = spawn('git', ['http-backend'], {
        env: {
          PATH: process.env.PATH ?? '', GIT_PROJECT_ROOT: this.root, GIT_HTTP_EXPORT_ALL: '1', REMOTE_USER: 'x-access-token', REMOTE_ADDR: '127.0.0.1',
          REQUEST_METHOD: request.method ?? 'GET', PATH_INFO: url.pathname, QUERY_STRING: url.search.replace(/^\?/, ''),
          CONTENT_TYPE: request.headers['content-type'] ?? '', ...(request.headers['content-length'] ? { CONTENT_LENGTH: request.headers['content-length'] } : {}),
          ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
          GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
        },
      });
      request.pipe(cgi.stdin);
      const chunks: Buffer[] = [];
      cgi.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      cgi.on('close', () => {
        const output = Buffer.concat(chunks);
        const split = output.indexOf('\r\n\r\n');
        const head = output.subarray(0, split).toString('latin1').split('\r\n');
        const headers: Record<string, string> = {};
        let status = 200;
        for (const line of head) {
          const [name, ...rest] = line.split(':');
          if (!name) continue;
          if (name.toLowerCase() === 'status') status = Number(rest.join(':').trim().split(' ')[0]);
          else headers[name] = rest.join(':').trim();
        }
        response.writeHead(status, headers).end(output.subarray(split + 4));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
