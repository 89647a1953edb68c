/**
 * GET /api/v1/host-proof?challenge=…: the runner's answer to the CLI's challenge (host-proof.ts),
 * which `ipwatch api` checks before it sends a token. Public (the CLI proves nothing yet, and the
 * answer gives nothing away: an HMAC of a random challenge), and answered over loopback only,
 * where the CLI runs: from elsewhere it is a plain 404.
 */
import type { FastifyInstance } from 'fastify';
import * as z from 'zod/mini';

import { described } from '../../../../shared/contract/described';
import { loopbackAddress } from '../access/guards';
import { errorSchema } from '../routes';
import { HOST_PROOF_CHALLENGE, HOST_PROOF_PATH, type HostProof } from './host-proof';

const query = z.strictObject({
  challenge: described(
    z.string().check(z.regex(HOST_PROOF_CHALLENGE, 'expected 32 random bytes or more, base64url')),
    'random, made by the CLI for this request',
  ),
});

const answer = z.object({
  answer: described(z.string(), 'HMAC-SHA256 of the challenge and the port asked on, keyed by DATA_DIR/host-proof'),
});

export function registerHostProofRoute(app: FastifyInstance, proof: HostProof): void {
  app.get(
    HOST_PROOF_PATH,
    {
      // Before any token: the CLI proves nothing yet, and the answer gives nothing away.
      config: { access: 'public' },
      schema: {
        summary: "Answers the CLI's challenge: proves this is the runner of its data folder (loopback only)",
        tags: ['session'],
        querystring: query,
        response: { 200: answer, '4xx': errorSchema },
      },
    },
    async (req, reply) => {
      const given = (req.query as z.output<typeof query>).challenge;
      const value = loopbackAddress(req.socket.remoteAddress) ? proof.answer(given, req.socket.localPort ?? 0) : null;
      if (value === null)
        return reply.code(404).send({
          error: { code: 'not_found', message: 'no host proof here: ask over loopback on the runner itself' },
        });
      return { answer: value };
    },
  );
}
