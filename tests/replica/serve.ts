/**
 * `tsx tests/replica/serve.ts [--port 7357] [--threads N] [--seed N]`: the replica on a plain HTTP port for
 * poking with curl. Requests go to sellercentral.amazon.com unless `?host=<Seller Central host>` (stripped
 * before handling) or an `x-replica-host` header names another one.
 *   curl 'http://127.0.0.1:7357/messaging/api/threads?fi=ALL&ps=5'
 */
import http from 'node:http';
import { isSellerCentralHost } from '../../lib/seller-central/hosts';
import { generateReplicaData } from './data';
import { createReplicaServer } from './server';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const port = Number(arg('port') ?? process.env.PORT ?? 7357);
const data = generateReplicaData({ seed: Number(arg('seed') ?? 1), threads: Number(arg('threads') ?? 500) });
const replica = createReplicaServer(data);

const readBody = (req: http.IncomingMessage): Promise<Buffer> => new Promise((resolve, reject) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks)));
  req.on('error', reject);
});

const server = http.createServer((req, res) => {
  void (async () => {
    const local = new URL(req.url ?? '/', 'http://127.0.0.1');
    const wanted = local.searchParams.get('host') ?? String(req.headers['x-replica-host'] ?? '');
    const host = wanted && isSellerCentralHost(wanted) ? wanted.toLowerCase() : 'sellercentral.amazon.com';
    local.searchParams.delete('host');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    const body = await readBody(req);
    const answer = await replica.handle({
      method: req.method ?? 'GET', url: `https://${host}${local.pathname}${local.search}`, headers,
      body: body.length ? body : null,
    });
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  })().catch((error: unknown) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  });
});

server.listen(port, '127.0.0.1', () => {
  const s = replica.session;
  console.log(`Seller Central replica on http://127.0.0.1:${port} (${data.threads.length} threads, signed in as ${s.merchantId})`);
  console.log(`csrf token: ${s.csrfToken}`);
});
