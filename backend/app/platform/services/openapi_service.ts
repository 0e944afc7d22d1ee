import env from '#start/env'
import { apis as capabilityApis } from '#platform/openapi/index'
import { type ApiDescription, describeApis } from '#core/contract/api_description'

/**
 * Builds the OpenAPI 3.1 document served at /openapi.json from what each
 * capability's `openapi.ts` describes: words keyed by route, the request
 * schemas from the validators, the response schemas from the transformers
 * (see "Describing a route" in docs/architecture.md). Two capabilities
 * describing the same method on the same path, or naming two schemas alike,
 * is a mistake that fails loudly (`describeApis`, `named`) rather than one
 * silently winning.
 */
export default class OpenApiService {
  constructor(private apis: ApiDescription[] = capabilityApis) {}

  /** The operations generated from validators and transformers, `'POST /api/v1/vehicles'`. */
  describedOperations() {
    return describeApis(this.apis).operations
  }

  document() {
    const described = describeApis(this.apis)
    const { tags, schemas } = described
    // Operations as JSON: a reader checks the parts it needs.
    const paths: Record<string, Record<string, unknown>> = described.paths
    const uniqueTags = tags.filter(
      (tag, index) => tags.findIndex((known) => known.name === tag.name) === index
    )

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
      tags: uniqueTags,
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
