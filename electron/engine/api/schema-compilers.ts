/**
 * The API's schema compilers, given to fastify as its `schemaController.compilersFactory`
 * (https://fastify.dev/docs/latest/Reference/Server/#schemacontroller): requests are validated by
 * the contract's zod schemas (fastify-type-provider-zod) and answers are written as plain JSON
 * (their schemas document them; the tests check answers against them). Given as the factory,
 * not set on the instance afterwards, so fastify never loads its default compilers (ajv and
 * fast-json-stringify, about 120 modules and 3 MB RSS) that nothing here would use (issue 49).
 */
import type { FastifyServerOptions } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';

const serializerCompiler = () => (data: unknown) => JSON.stringify(data);

type Factories = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

/**
 * fastify calls the factory's compiler as it calls one given to setValidatorCompiler, with
 * `{ schema, method, url, httpPart }`; its types declare the factory in ajv's own shape, hence the cast.
 */
export const schemaController = {
  compilersFactory: {
    buildValidator: (() => validatorCompiler) as unknown as Factories['buildValidator'],
    buildSerializer: (() => serializerCompiler) as unknown as Factories['buildSerializer'],
  },
};
