// A real HTTP API of an organisation unlike the mock's (mocks/foreign): a German insurer with other
// ids and names, five stages, a lower-is-better headline and pillar points without intervals, served
// with CORS and an optional bearer token. `noise: true` serves pure sampling noise: nothing really
// moves, so every honest "what changed" says that nothing changed significantly.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerForeign, type ForeignFeature } from '../../mocks/foreign/foreign-api';
import { createForeignData, type ForeignDataOptions } from '../../mocks/foreign/foreign-data';
import type { RealApi } from './real-api-server';

export async function startForeignApi(
  options: ForeignDataOptions & {
    requiredToken?: string;
    /** The contract's optional endpoints it offers; default none (a core-v1 server). */
    features?: readonly ForeignFeature[];
  } = {},
): Promise<RealApi> {
  const data = createForeignData(options);
  const requests: RealApi['requests'] = [];
  const server: Server = createServer((req, res) => {
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
    if (options.requiredToken && req.headers.authorization !== `Bearer ${options.requiredToken}`) {
      json(401, { error: { code: 'unauthorized', message: 'token missing or expired' } });
      return;
    }
    if (req.method !== 'GET') {
      json(405, { error: { code: 'method-not-allowed', message: 'GET only' } });
      return;
    }
    const answer = answerForeign(
      data,
      new URL(req.url ?? '/', 'http://foreign.test'),
      options.features,
    );
    json(answer.status, answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
