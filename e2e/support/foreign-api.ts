// A real HTTP API of an organisation unlike the mock's (mocks/foreign): a German insurer with other
// ids and names, five stages, a lower-is-better headline and pillar points without intervals, served
// with CORS and an optional bearer token. `noise: true` serves pure sampling noise: nothing really
// moves, so every honest "what changed" says that nothing changed significantly.
import { answerForeign, type ForeignFeature } from '../../mocks/foreign/foreign-api';
import { createForeignData, type ForeignDataOptions } from '../../mocks/foreign/foreign-data';
import { startApiServer, type RealApi } from './real-api-server';

export async function startForeignApi(
  options: ForeignDataOptions & {
    requiredToken?: string;
    /** The contract's optional endpoints it offers; default none (a core-v1 server). */
    features?: readonly ForeignFeature[];
  } = {},
): Promise<RealApi> {
  const data = createForeignData(options);
  return startApiServer(async (url) => {
    const answer = answerForeign(data, url, options.features);
    return { status: answer.status, body: JSON.stringify(answer.body) };
  }, options);
}
