/**
 * Judges requests against GitHub's published contract: the REST OpenAPI description from
 * `@octokit/openapi` (operation exists, path and query parameters, JSON body schema) and the GraphQL
 * schema from `@octokit/graphql-schema` (document valid, variables of the declared types).
 * Loaded once per test process: the descriptions are large.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import { schema as graphqlSchemaSource } from '@octokit/graphql-schema';
import { buildSchema, getOperationAST, getVariableValues, parse, validate, type GraphQLSchema } from 'graphql';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: { type?: string; enum?: unknown[] };
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter> };
}

interface RestContract {
  spec: OpenApi;
  routes: { method: string; template: string; regex: RegExp; op: Operation }[];
  ajv: Ajv;
  bodies: Map<string, ValidateFunction>;
}

const require = createRequire(import.meta.url);
let rest: RestContract | undefined;
let graphqlSchema: GraphQLSchema | undefined;

function loadRest(): RestContract {
  if (rest) return rest;
  const spec = JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as OpenApi;
  const routes: RestContract['routes'] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}$`);
    for (const [method, op] of Object.entries(item)) {
      if (['get', 'post', 'put', 'patch', 'delete'].includes(method))
        routes.push({ method: method.toUpperCase(), template, regex, op });
    }
  }
  // Formats (uri, date-time) are not checked: GitHub itself is lenient there.
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: 'github', components: (spec as unknown as { components: unknown }).components });
  rest = { spec, routes, ajv, bodies: new Map() };
  return rest;
}

function parameters(spec: OpenApi, op: Operation): Parameter[] {
  return (op.parameters ?? [])
    .map((p) => ('$ref' in p ? spec.components.parameters[p.$ref.replace('#/components/parameters/', '')] : p))
    .filter((p): p is Parameter => p !== undefined);
}

function typeProblem(value: string, param: Parameter): string | undefined {
  const type = param.schema?.type;
  if (type === 'integer' && !/^-?\d+$/.test(value))
    return `${param.in} parameter ${param.name}=${value} is not an integer`;
  if (type === 'boolean' && !['true', 'false'].includes(value))
    return `${param.in} parameter ${param.name}=${value} is not a boolean`;
  if (param.schema?.enum && !param.schema.enum.map(String).includes(value))
    return `${param.in} parameter ${param.name}=${value} is not one of ${param.schema.enum.join(', ')}`;
  return undefined;
}

/** Problems with a REST request, empty when it matches an operation of the OpenAPI description. */
export function restProblems(method: string, pathname: string, query: URLSearchParams, body: unknown): string[] {
  const { spec, routes, ajv, bodies } = loadRest();
  const candidates = routes.filter((r) => r.regex.test(pathname));
  if (candidates.length === 0) return [`${method} ${pathname}: no such path in GitHub's REST API`];
  // A literal segment beats a parameter (`/pulls/comments/1` is not `/pulls/{pull_number}/…`).
  const route = candidates
    .filter((r) => r.method === method)
    .sort((a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length)[0];
  if (!route) return [`${method} ${pathname}: GitHub has no ${method} for ${candidates[0]?.template}`];
  const what = `${method} ${route.template}`;
  const problems: string[] = [];
  const params = parameters(spec, route.op);
  const names = [...route.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const values = route.regex.exec(pathname)?.slice(1) ?? [];
  names.forEach((name, i) => {
    const param = params.find((p) => p.in === 'path' && p.name === name);
    const problem = param && typeProblem(decodeURIComponent(values[i] ?? ''), param);
    if (problem) problems.push(`${what}: ${problem}`);
  });
  for (const [name, value] of query) {
    const param = params.find((p) => p.in === 'query' && p.name === name);
    if (!param) problems.push(`${what}: unknown query parameter ${name}`);
    else {
      const problem = typeProblem(value, param);
      if (problem) problems.push(`${what}: ${problem}`);
    }
  }
  for (const param of params)
    if (param.in === 'query' && param.required && !query.has(param.name))
      problems.push(`${what}: missing query parameter ${param.name}`);
  const bodySchema = route.op.requestBody?.content?.['application/json']?.schema;
  if (body === undefined) {
    if (route.op.requestBody?.required) problems.push(`${what}: missing request body`);
  } else if (!bodySchema) {
    problems.push(`${what}: takes no JSON body`);
  } else {
    let check = bodies.get(what);
    if (!check) {
      check = ajv.compile(
        JSON.parse(JSON.stringify(bodySchema).replaceAll('"#/components/', '"github#/components/')) as object,
      );
      bodies.set(what, check);
    }
    if (!check(body))
      problems.push(...(check.errors ?? []).map((e) => `${what}: body${e.instancePath} ${e.message ?? 'is invalid'}`));
  }
  return problems;
}

/** Problems with a GraphQL request, empty when the document and its variables fit GitHub's schema. */
export function graphqlProblems(body: unknown): string[] {
  graphqlSchema ??= buildSchema(graphqlSchemaSource.idl, { assumeValidSDL: true });
  const request = body as { query?: unknown; variables?: unknown } | undefined;
  if (typeof request?.query !== 'string') return ['POST /graphql: no query'];
  let document;
  try {
    document = parse(request.query);
  } catch (error) {
    return [`POST /graphql: ${(error as Error).message}`];
  }
  const errors = validate(graphqlSchema, document).map((e) => `POST /graphql: ${e.message}`);
  if (errors.length > 0) return errors;
  const operation = getOperationAST(document);
  if (!operation) return ['POST /graphql: no single operation'];
  const coerced = getVariableValues(
    graphqlSchema,
    operation.variableDefinitions ?? [],
    (request.variables ?? {}) as Record<string, unknown>,
  );
  return (coerced.errors ?? []).map((e) => `POST /graphql: ${e.message}`);
}

/** True for a GraphQL query (a read), false for a mutation. */
export function isGraphqlQuery(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && /^\s*query\b/.test(query);
}
