import type { OpenApiFragment } from '#core/openapi/fragment'
import { error } from '#core/openapi/shared'

/** Operations of the platform itself, and the schemas every area shares. */
const platform: OpenApiFragment = {
  tags: [{ name: 'platform', description: 'Health, metrics and API documentation' }],
  schemas: {
    HealthReport: {
      type: 'object',
      required: ['status', 'checks'],
      properties: {
        status: { type: 'string', enum: ['ok', 'warning', 'error'] },
        checkedAt: { type: 'string', format: 'date-time' },
        checks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'status', 'message'],
            properties: {
              name: { type: 'string', examples: ['database', 'PostGIS', 'redis'] },
              status: { type: 'string', enum: ['ok', 'warning', 'error'] },
              message: { type: 'string' },
            },
          },
        },
      },
    },
  },
  paths: {
    '/health': {
      get: {
        tags: ['platform'],
        summary: 'Health of the API and what it depends on',
        description:
          'Runs every registered check (database, PostGIS, Redis when configured, job queue).',
        security: [],
        responses: {
          '200': {
            description: 'Every check passed',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/HealthReport' } },
            },
          },
          '503': {
            description: 'At least one check failed; it has status "error"',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/HealthReport' } },
            },
          },
        },
      },
    },
    '/metrics': {
      get: {
        tags: ['platform'],
        summary: 'Prometheus metrics',
        description:
          'Process metrics, `http_requests_total` and `http_request_duration_seconds` by method, ' +
          'route pattern and status. Requires `Authorization: Bearer <METRICS_TOKEN>`; open without ' +
          'a token only outside production when METRICS_TOKEN is unset.',
        security: [{ metricsToken: [] }, {}],
        responses: {
          '200': {
            description: 'Prometheus text exposition format',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
          '401': error('The bearer token is missing or wrong, or production has no METRICS_TOKEN'),
        },
      },
    },
    '/openapi.json': {
      get: {
        tags: ['platform'],
        summary: 'This OpenAPI 3.1 document',
        security: [],
        responses: {
          '200': {
            description: 'The document',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
    '/docs': {
      get: {
        tags: ['platform'],
        summary: 'Swagger UI for this document',
        security: [],
        responses: {
          '200': {
            description: 'HTML page',
            content: { 'text/html': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/csp-report': {
      post: {
        tags: ['platform'],
        summary: 'Receives Content-Security-Policy violation reports from browsers',
        security: [],
        requestBody: {
          content: {
            'application/csp-report': { schema: { type: 'object' } },
            'application/reports+json': { schema: { type: 'array', items: { type: 'object' } } },
          },
        },
        responses: {
          '204': { description: 'Logged' },
          '400': error('The body is not valid JSON'),
          '413': error('The body is larger than 1 MB'),
          '415': error('Unsupported content type'),
        },
      },
    },
  },
}

export default platform
