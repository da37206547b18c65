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

export async function startRealApi(
  options: {
    requiredToken?: string;
    /** The contract's optional endpoints it offers; default all, [] for a core-only server. */
    features?: readonly MockFeature[];
  } = {},
): Promise<RealApi> {
  const handlers = createHandlers({ asOf: '2026-11-20', latencyMs: 0, features: options.features });
  const requests: RealApi['requests'] = [];

  const server: Server = createServer((req: IncomingMessage, res) => {
    void (async () => {
      const origin = req.headers.origin ?? '*';
      const cors = {
        'Access-Control-Allow-Origin': origin,
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
      if (
        options.requiredToken &&
        req.headers.authorization !== `Bearer ${options.requiredToken}`
      ) {
        res.writeHead(401, { ...cors, 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            error: { code: 'unauthorized', message: 'token missing or expired' },
          }),
        );
        return;
      }
      const request = new Request(`http://${req.headers.host}${req.url}`, { method: req.method });
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, cors).end();
        return;
      }
      res.writeHead(response.status, {
        ...cors,
        'Content-Type': response.headers.get('Content-Type') ?? 'application/json',
      });
      res.end(Buffer.from(await response.arrayBuffer()));
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
