/**
 * electron/engine/api/openapi: the OpenAPI document, made at its first read (openapi-doc.ts), and the
 * settings schema in it (openapi-settings.ts).
 *
 * The API's OpenAPI document, made at its first read (issue 49; the server keeps its text from
 * then on, server.ts cachedDocument, issue 58), not at the start: the route schemas go through
 * @fastify/swagger in a fastify instance of its own that registers the same routes (the caller's `registerRoutes`), is made ready, asked for its document, and closed. It
 * never listens. So @fastify/swagger and the settings' JSON Schema load at the first read of
 * /api/v1/openapi.json: registered on the serving instance, the plugin kept its own copy of every
 * route from the start (about 8 MB RSS measured, bench/README.md "Where the RSS goes").
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

import { schemaController } from '../schema-compilers';
import { cookieName } from '../sessions/cookies';

export interface OpenapiOptions {
  version: string;
  /** Registers the served routes on `app` (as the server does): the document describes them. */
  registerRoutes(app: FastifyInstance): unknown;
}

export async function openapiDocument(opts: OpenapiOptions): Promise<unknown> {
  const [{ default: fastifySwagger }, { settingsJsonSchema }] = await Promise.all([
    import('@fastify/swagger'),
    import('./openapi-settings'),
  ]);
  const app = Fastify({ logger: false, schemaController });
  try {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'IPWatch local API', version: opts.version, description: 'docs/api.md' },
        components: {
          securitySchemes: {
            bearer: {
              type: 'http',
              scheme: 'bearer',
              description:
                'an API token with its role, admin, viewer or metrics (DATA_DIR/api-token at first run is admin); on the host: ipwatch token create --name NAME --role ROLE, token list, token rotate NAME, token revoke NAME (docs/api.md)',
            },
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: cookieName('session', false),
              description: `over HTTPS its name is ${cookieName('session', true)}`,
            },
          },
          schemas: { Settings: settingsJsonSchema() },
        },
      },
      // The routes registered here are the API's (the dashboard's files are not among them); a
      // route hides itself with `schema.hide`.
      transform: jsonSchemaTransform,
    });
    opts.registerRoutes(app);
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
  }
}
