// A real HTTP API on another origin for end-to-end tests: the mock's handlers behind a Node server
// with CORS and an optional bearer token, so the built app is tested as a deployment would run it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createHandlers } from '../../mocks/handlers';
import type { MockFeature } from '../../mocks/options';

export interface RealApi {
  url: string;
  /** Every request the server received: method, path with query, Authorization header. */
  requests: { method: string; path: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

/** What a test API answers a GET with. */
export interface ApiAnswer {
  status: number;
  contentType?: string;
  body: string | Buffer;
}

/**
 * A Node HTTP server on a free port of 127.0.0.1 with CORS for any origin and an optional bearer
 * token, recording every request: the plumbing every test API shares.
 */
export async function startApiServer(
  answer: (url: URL) => Promise<ApiAnswer | null>,
  { requiredToken }: { requiredToken?: string } = {},
): Promise<RealApi> {
  const requests: RealApi['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    void (async () => {
      const cors = {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Headers': 'Authorization, Accept',
        'Access-Control-Allow-Methods': 'GET',
        Vary: 'Origin',
      };
      requests.push({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        authorization: req.headers.authorization,
      });
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      const json = (status: number, body: unknown) =>
        res
          .writeHead(status, { ...cors, 'Content-Type': 'application/json' })
          .end(JSON.stringify(body));
      if (requiredToken && req.headers.authorization !== `Bearer ${requiredToken}`) {
        json(401, { error: { code: 'unauthorized', message: 'token missing or expired' } });
        return;
      }
      if (req.method !== 'GET') {
        json(405, { error: { code: 'method-not-allowed', message: 'GET only' } });
        return;
      }
      const response = await answer(new URL(`http://${req.headers.host}${req.url}`));
      if (!response) {
        res.writeHead(404, cors).end();
        return;
      }
      res.writeHead(response.status, {
        ...cors,
        'Content-Type': response.contentType ?? 'application/json',
      });
      res.end(response.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function startRealApi(
  options: {
    requiredToken?: string;
    /** The contract's optional endpoints it offers; default all, [] for a core-only server. */
    features?: readonly MockFeature[];
  } = {},
): Promise<RealApi> {
  const handlers = createHandlers({ asOf: '2026-11-20', latencyMs: 0, features: options.features });
  return startApiServer(async (url) => {
    const response = await getResponse(handlers, new Request(url, { method: 'GET' }));
    if (!response) return null;
    return {
      status: response.status,
      contentType: response.headers.get('Content-Type') ?? undefined,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }, options);
}
