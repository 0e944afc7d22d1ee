import type { ApiDescription } from '#core/contract/api_description'
import { healthReportSchema } from '#platform/transformers/health_report_transformer'
import { webConfigSchema } from '#platform/transformers/web_config_transformer'
import { operationsSchema } from '#platform/transformers/operations_transformer'
import { retryJobValidator } from '#platform/validators/operations'
import { unauthorized } from '#core/contract/words'

const text = (type: string) => ({ [type]: { type: 'string' } })

/** Operations of the platform itself: health, metrics, this document and its UI, CSP reports. */
export const platformApi: ApiDescription = {
  tag: { name: 'platform', description: 'Health, metrics and API documentation' },
  otherTags: [{ name: 'web', description: 'Settings for the web app (served at / by the API)' }],
  operations: {
    'GET /api/v1/admin/operations': {
      summary:
        'Operations: health, the job queue’s depth and recent failures, the day’s figures (admins and platform dispatchers)',
      responses: {
        200: { description: 'The overview', body: operationsSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only admins and platform dispatchers',
      },
    },
    'POST /api/v1/admin/operations/jobs/:queue/:id/retry': {
      summary: 'Send a failed job again (admins)',
      request: retryJobValidator,
      responses: {
        204: 'Queued again',
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only admins',
        404: 'E_NOT_FOUND: no failed job with this id in this queue',
        422: 'E_VALIDATION: a malformed queue name or job id',
      },
    },
    'GET /health': {
      summary: 'Health of the API and what it depends on',
      description:
        'Runs every registered check (database, PostGIS, Redis when configured, job queue).',
      security: [],
      responses: {
        200: { description: 'Every check passed', body: healthReportSchema },
        503: {
          description: 'At least one check failed; it has status "error"',
          body: healthReportSchema,
        },
      },
    },
    'GET /metrics': {
      summary: 'Prometheus metrics',
      description:
        'Process metrics, `http_requests_total` and `http_request_duration_seconds` by method, route pattern and status. Requires `Authorization: Bearer <METRICS_TOKEN>`; open without a token only outside production when METRICS_TOKEN is unset.',
      security: [{ metricsToken: [] }, {}],
      responses: {
        200: {
          description: 'Prometheus text exposition format',
          content: text('text/plain'),
        },
        401: 'The bearer token is missing or wrong, or production has no METRICS_TOKEN',
      },
    },
    'GET /openapi.json': {
      summary: 'This OpenAPI 3.1 document',
      security: [],
      responses: {
        200: { description: 'The document', content: { 'application/json': { type: 'object' } } },
      },
    },
    'GET /docs': {
      summary: 'Swagger UI for this document',
      security: [],
      responses: { 200: { description: 'HTML page', content: text('text/html') } },
    },
    'POST /csp-report': {
      summary: 'Receives Content-Security-Policy violation reports from browsers',
      description: 'Logged as they come; nothing is stored.',
      security: [],
      requestContent: {
        'application/csp-report': { type: 'object' },
        'application/reports+json': { type: 'array', items: { type: 'object' } },
      },
      responses: {
        204: 'Logged',
        400: 'The body is not valid JSON',
        413: 'The body is larger than 1 MB',
        415: 'Unsupported content type',
      },
    },
    'GET /api/v1/config': {
      summary: 'Public settings for the web app',
      description: 'Needs no token; cached by browsers for 5 minutes.',
      tags: ['web'],
      security: [],
      responses: { 200: { description: 'The settings', body: webConfigSchema } },
    },
  },
}
