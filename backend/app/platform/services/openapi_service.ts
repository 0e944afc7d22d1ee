import env from '#start/env'
import { apis as capabilityApis, fragments as areaFragments } from '#platform/openapi/index'
import type { OpenApiFragment } from '#core/openapi/fragment'
import { type ApiDescription, describeApis } from '#core/contract/api_description'

type Operations = Record<string, unknown>

/**
 * Builds the OpenAPI 3.1 document served at /openapi.json from what each
 * capability's `openapi.ts` describes: words keyed by route, the request
 * schemas from the validators, the response schemas from the transformers
 * (see "Describing a route" in docs/architecture.md). Capabilities not yet
 * converted still give a hand-written fragment. Two capabilities describing
 * the same method on the same path, or the same schema name, is a mistake
 * that fails loudly here rather than one silently winning.
 */
export default class OpenApiService {
  constructor(
    private fragments: OpenApiFragment[] = areaFragments,
    private apis: ApiDescription[] = capabilityApis
  ) {}

  /** The operations generated from validators and transformers, `'POST /api/v1/vehicles'`. */
  describedOperations() {
    return describeApis(this.apis).operations
  }

  /** The operations a hand-written fragment still describes, `'GET /api/v1/chats/{id}'`. */
  handWrittenOperations() {
    return new Set(
      this.fragments.flatMap((fragment) =>
        Object.entries(fragment.paths).flatMap(([path, operations]) =>
          Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)
        )
      )
    )
  }

  document() {
    const paths: Record<string, Operations> = {}
    const schemas: Record<string, unknown> = {}
    const tags: { name: string; description?: string }[] = []

    const described = describeApis(this.apis)
    for (const fragment of [...this.fragments, described]) {
      for (const tag of fragment.tags ?? []) {
        if (!tags.some((known) => known.name === tag.name)) tags.push(tag)
      }
      for (const [name, schema] of Object.entries(fragment.schemas ?? {})) {
        if (name in schemas) throw new Error(`OpenAPI schema "${name}" is defined twice`)
        schemas[name] = schema
      }
      for (const [path, operations] of Object.entries(fragment.paths)) {
        paths[path] ??= {}
        for (const [method, operation] of Object.entries(operations)) {
          if (method in paths[path])
            throw new Error(`OpenAPI ${method} ${path} is documented twice`)
          paths[path][method] = operation
        }
      }
    }

    return {
      openapi: '3.1.0',
      info: {
        title: 'Njia API',
        version: '1.0.0',
        description:
          'Real-time logistics hub for African freight and collection routes. Every failure ' +
          'answers `{ "errors": [{ "code", "message", "field"? }] }` with a 4xx (or 5xx) status.',
      },
      servers: [{ url: env.get('APP_URL') }],
      security: [{ bearerAuth: [] }],
      tags,
      paths,
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description: 'Access token from POST /api/v1/auth/otp/verify',
          },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN of this deployment',
          },
          ussdKey: {
            type: 'http',
            scheme: 'bearer',
            description: 'The USSD_API_KEY given to Africa’s Talking, when one is set',
          },
        },
        schemas,
      },
    }
  }
}
