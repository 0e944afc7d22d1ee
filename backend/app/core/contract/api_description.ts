import { z } from 'zod'
import type { JsonSchema } from '#core/contract/json_schema'
import { namedSchemas } from '#core/contract/response_schema'
import { hostileInput } from '#core/contract/words'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** `'POST /api/v1/vehicles/:id/drivers'`: the method and the route's pattern, as routed. */
export type OperationKey = `${Method} /${string}`

/**
 * One response of an operation: a string is its description (a 4xx or 5xx
 * answers the shared error format, a 2xx has no body); `body` is the
 * transformer's response schema (JSON); `content` is another media type
 * (instead of JSON, or beside it: a report as CSV); `headers` are response
 * headers the caller reads (`Retry-After`).
 */
export type ResponseWords =
  | string
  | {
      description: string
      body?: z.ZodType
      content?: Record<string, JsonSchema>
      headers?: Record<string, JsonSchema>
    }

type Validator = { toJSONSchema(): unknown }
type RequestPart = Validator | { query: Validator } | { body: Validator }

export interface Operation {
  summary: string
  description?: string
  /**
   * The VineJS validator the controller uses (or the validators, when it
   * uses one for the path and another for the rest): `params` are the
   * path's, the rest is the query (GET, DELETE) or the body (JSON, or
   * multipart when it holds a file). `{ query: validator }` is read from
   * the query string of a POST (a callback URL's token); `{ body: validator }`
   * from the body of a DELETE.
   */
  request?: RequestPart | RequestPart[]
  /**
   * The body's media type when it is not JSON (nor multipart, which a file
   * implies): an outside protocol's form post,
   * `'application/x-www-form-urlencoded'`.
   */
  requestType?: string
  /** A body no validator reads, by media type (a browser's report): its schemas as they are. */
  requestContent?: Record<string, JsonSchema>
  /** `[]` for a public operation; the default is the bearer token. */
  security?: Record<string, string[]>[]
  /** The capability's tag unless given. */
  tags?: string[]
  responses: Record<number, ResponseWords>
}

/** What a capability's `openapi.ts` exports: words, keyed by route. */
export interface ApiDescription {
  /** Every operation's tag unless it names its own. */
  tag: { name: string; description?: string }
  /** Further tags some of its operations name. */
  otherTags?: { name: string; description?: string }[]
  operations: Record<OperationKey, Operation>
}

export interface DescribedApi {
  tags: { name: string; description?: string }[]
  paths: Record<string, Record<string, Record<string, unknown>>>
  schemas: Record<string, JsonSchema>
  /** The operations described here, `'POST /api/v1/vehicles'`. */
  operations: Set<string>
}

const SCHEMAS = '#/components/schemas/'
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } })

/** `/orders/:id/bids/:bidId?` -> `/orders/{id}/bids/{bidId}` */
export function toOpenApiPath(pattern: string) {
  return pattern.replace(/:([A-Za-z0-9_]+)\??/g, '{$1}')
}

/**
 * Turns the capabilities' descriptions into OpenAPI paths and components:
 * request schemas from the validators (VineJS `toJSONSchema()`), response
 * schemas from the transformers' zod schemas (named ones become
 * components), words from the descriptions.
 */
export function describeApis(apis: ApiDescription[]): DescribedApi {
  const registry = z.registry<{ id: string }>()
  for (const [name, schema] of namedSchemas) registry.add(schema, { id: name })
  const bodies: z.ZodType[] = []
  const bodyRef = (schema: z.ZodType) => {
    const name = registry.get(schema)?.id
    if (name) return name
    bodies.push(schema)
    registry.add(schema, { id: `__body${bodies.length}` })
    return `__body${bodies.length}`
  }

  const described: DescribedApi = { tags: [], paths: {}, schemas: {}, operations: new Set() }
  for (const api of apis) {
    described.tags.push(api.tag, ...(api.otherTags ?? []))
    for (const [key, operation] of Object.entries(api.operations)) {
      const [method, pattern] = key.split(' ')
      const path = toOpenApiPath(pattern)
      described.paths[path] ??= {}
      if (described.paths[path][method.toLowerCase()])
        throw new Error(`OpenAPI ${key} is described twice`)
      described.operations.add(key)
      described.paths[path][method.toLowerCase()] = {
        tags: operation.tags ?? [api.tag.name],
        summary: operation.summary,
        ...(operation.description ? { description: operation.description } : {}),
        ...(operation.security ? { security: operation.security } : {}),
        ...requestOf(method, pattern, operation),
        responses: Object.fromEntries(
          Object.entries({ ...edgeResponses(method, operation), ...operation.responses }).map(
            ([status, words]) => [status, responseOf(Number(status), words, bodyRef)]
          )
        ),
      }
    }
  }

  const converted = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (name) => `${SCHEMAS}${name}`,
  }).schemas
  const schemas = Object.fromEntries(
    Object.entries(converted).map(([name, schema]) => [name, tidy(schema as JsonSchema)])
  )
  // Bodies without a name are written in place, not as components (one may hold another).
  const inPlace = Object.keys(schemas).filter((name) => name.startsWith('__body'))
  let text = JSON.stringify(described.paths)
  while (inPlace.some((name) => text.includes(`${SCHEMAS}${name}"`))) {
    for (const name of inPlace) {
      text = text.replaceAll(
        JSON.stringify({ $ref: `${SCHEMAS}${name}` }),
        JSON.stringify(schemas[name])
      )
    }
  }
  for (const name of inPlace) delete schemas[name]
  described.paths = JSON.parse(text)
  described.schemas = schemas
  return described
}

/**
 * What the edge may answer on any route before its controller runs
 * (app/core/middleware, the validator): listed unless the operation says
 * its own, so a hostile request's 4xx is part of the contract.
 */
function edgeResponses(method: string, operation: Operation) {
  const responses: Record<number, ResponseWords> = { 400: hostileInput }
  if (['POST', 'PUT', 'PATCH'].includes(method)) {
    responses[415] = 'E_UNSUPPORTED_MEDIA_TYPE: a body that is neither JSON, a form nor multipart'
  }
  if (operation.request) {
    responses[422] =
      'E_VALIDATION: a value the validator refuses (each error names its field and rule)'
  }
  return responses
}

function responseOf(
  status: number,
  words: ResponseWords,
  bodyRef: (schema: z.ZodType) => string
): Record<string, unknown> {
  const { description, headers } = typeof words === 'string' ? { description: words } : words
  const response: Record<string, unknown> = { description }
  if (headers) {
    response.headers = Object.fromEntries(
      Object.entries(headers).map(([name, schema]) => [name, { schema }])
    )
  }
  const body = typeof words === 'string' ? undefined : words.body
  const other = typeof words === 'string' ? undefined : words.content
  if (!body && !other) {
    return status >= 400 ? { ...response, ...json({ $ref: `${SCHEMAS}Errors` }) } : response
  }
  return {
    ...response,
    content: {
      ...(body ? json({ $ref: `${SCHEMAS}${bodyRef(body)}` }).content : {}),
      ...contentOf(other ?? {}),
    },
  }
}

/** `{ 'text/csv': schema }` -> `{ 'text/csv': { schema } }` */
function contentOf(schemas: Record<string, JsonSchema>) {
  return Object.fromEntries(Object.entries(schemas).map(([type, schema]) => [type, { schema }]))
}

/**
 * Path parameters, then the query or the body, from the route's validators;
 * a body no validator reads (`requestContent`) beside them.
 */
function requestOf(method: string, pattern: string, operation: Operation) {
  const described = validatedRequestOf(method, pattern, operation.request, operation.requestType)
  if (!operation.requestContent) return described
  const content = { ...described.requestBody?.content, ...contentOf(operation.requestContent) }
  return { ...described, requestBody: { required: true, content } }
}

function validatedRequestOf(
  method: string,
  pattern: string,
  request?: Operation['request'],
  requestType?: string
): {
  parameters?: Record<string, unknown>[]
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> }
} {
  const parts = [request ?? []].flat()
  const inQuery = method === 'GET' || method === 'DELETE'
  const params: Record<string, JsonSchema> = {}
  const query: Record<string, unknown>[] = []
  const body: JsonSchema = { type: 'object', properties: {}, required: [] }
  for (const part of parts) {
    const queryOnly = 'query' in part
    const bodyOnly = 'body' in part
    const validator = queryOnly ? part.query : bodyOnly ? part.body : part
    const schema = validator.toJSONSchema() as JsonSchema
    const required = new Set((schema.required ?? []) as string[])
    const { params: path, ...rest } = (schema.properties ?? {}) as Record<string, JsonSchema>
    Object.assign(params, path?.properties ?? {})
    if (queryOnly || (inQuery && !bodyOnly)) {
      for (const [name, property] of Object.entries(rest)) {
        query.push({ name, in: 'query', required: required.has(name), schema: property })
      }
    } else {
      const before = body.required as string[]
      Object.assign(body, schema, { properties: { ...(body.properties as object), ...rest } })
      body.required = [...new Set([...before, ...required])].filter((n) => n !== 'params')
    }
  }

  const parameters: Record<string, unknown>[] = [
    ...[...pattern.matchAll(/:([A-Za-z0-9_]+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: params[name] ?? { type: 'string' },
    })),
    ...query,
  ]
  const properties = body.properties as Record<string, JsonSchema>
  if (Object.keys(properties).length === 0) return parameters.length ? { parameters } : {}
  const required = new Set(body.required as string[])
  const bodyOf = (names: string[]): JsonSchema => {
    const kept = names.filter((name) => required.has(name))
    const schema: JsonSchema = {
      ...body,
      properties: Object.fromEntries(names.map((name) => [name, properties[name]])),
      required: kept,
    }
    if (kept.length === 0) delete schema.required
    return schema
  }
  const isFile = (property: JsonSchema) =>
    property.format === 'binary' || (property.items as JsonSchema | undefined)?.format === 'binary'
  const names = Object.keys(properties)
  const files = names.filter((name) => isFile(properties[name]))
  const content: Record<string, { schema: JsonSchema }> = {}
  if (requestType) content[requestType] = { schema: bodyOf(names) }
  else {
    // Optional files: the route also takes JSON without them.
    if (files.every((name) => !required.has(name))) {
      content['application/json'] = {
        schema: bodyOf(names.filter((name) => !files.includes(name))),
      }
    }
    if (files.length) content['multipart/form-data'] = { schema: bodyOf(names) }
  }
  return {
    ...(parameters.length ? { parameters } : {}),
    requestBody: { required: true, content },
  }
}

const SAFE_INTEGER = 9007199254740991

/** Drops what zod adds that says nothing to a reader: `$schema`, `$id`, safe-integer bounds. */
function tidy(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema), function (key, value) {
    if (key === '$schema' || key === '$id') return undefined
    if (
      (key === 'minimum' && value === -SAFE_INTEGER) ||
      (key === 'maximum' && value === SAFE_INTEGER)
    )
      return undefined
    return value
  })
}
