import type { OpenApiFragment } from '#core/openapi/fragment'

/** The web app's public configuration endpoint. */
export const webOpenApi: OpenApiFragment = {
  tags: [{ name: 'web', description: 'Settings for the web app (served at / by the API)' }],
  schemas: {
    WebConfig: {
      type: 'object',
      required: ['tileUrl', 'defaultCountry', 'locales'],
      properties: {
        tileUrl: {
          type: 'string',
          description:
            'Leaflet tile URL template with {s}, {z}, {x}, {y} placeholders (MAP_TILE_URL)',
          examples: ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'],
        },
        defaultCountry: {
          type: 'string',
          description:
            'ISO 3166-1 alpha-2 country assumed for phone numbers and maps (DEFAULT_COUNTRY)',
          examples: ['KE'],
        },
        locales: {
          type: 'array',
          items: { type: 'string', enum: ['en', 'fr', 'sw'] },
          description: 'Interface languages',
        },
      },
    },
  },
  paths: {
    '/api/v1/config': {
      get: {
        tags: ['web'],
        summary: 'Public settings for the web app',
        description: 'Needs no token; cached by browsers for 5 minutes.',
        security: [],
        responses: {
          '200': {
            description: 'The settings',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/WebConfig' } },
            },
          },
        },
      },
    },
  },
}
