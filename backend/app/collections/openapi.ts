import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, nullable, pageMeta, ref, unauthorized } from '#core/openapi/shared'
import { LOCALES } from '#core/locales'
import { FARMER_STATUSES } from '#collections/models/farmer'
import { SHIFTS } from '#collections/models/collection_route'
import { STOP_KINDS } from '#collections/models/route_stop'
import { OUTCOMES } from '#collections/models/milk_collection'
import { GRADES, REJECTION_REASONS } from '#collections/quality_rules'
import { ADJUSTMENT_KINDS } from '#collections/models/farmer_adjustment'

const bearer = [{ bearerAuth: [] }]
const tags = ['collections']
const id = (name = 'id', type: 'integer' | 'uuid' = 'integer') => ({
  name,
  in: 'path',
  required: true,
  schema: type === 'uuid' ? { type: 'string', format: 'uuid' } : { type: 'integer', minimum: 1 },
})
const query = (name: string, schema: Record<string, unknown>, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
})
const body = (schema: unknown) => ({ required: true, ...json(schema) })
const e403 = error('E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this')
const e404 = error('E_NOT_FOUND: no such record, or another cooperative’s (not revealed)')
const e409 = error(
  'E_CODE_TAKEN / E_PHONE_TAKEN / E_MEMBER_NUMBER_TAKEN / E_INVALID_STATE / E_ALREADY_CORRECTED / E_PERIOD_CLOSED / E_ID_CONFLICT'
)
const e422 = error('E_VALIDATION: a field is missing, out of range or malformed (`field` names it)')
const point = ref('CollectionPoint')
const listOf = (item: string, paged = false) =>
  json({
    type: 'object',
    required: ['data'],
    properties: {
      data: { type: 'array', items: ref(item) },
      ...(paged ? { meta: ref('CollectionsPageMeta') } : {}),
    },
  })

const thresholds = {
  milkDensity: {
    type: 'number',
    minimum: 0.9,
    maximum: 1.2,
    example: 1.03,
    description: 'kg per litre, to convert a weighed can',
  },
  lactometerMin: { type: 'number', example: 26, description: 'Below: water added, refused' },
  lactometerMax: { type: 'number', example: 32, description: 'Above: refused' },
  maxTemperatureC: { type: 'number', example: 30, description: 'Warmer milk is refused' },
  alcoholTestRequired: { type: 'boolean', description: 'Each collection must carry alcoholPassed' },
  minFatPct: nullable('number', { description: 'Under it (when measured): grade B' }),
  minSnfPct: nullable('number', { description: 'Under it (when measured): grade B' }),
  maxLitres: { type: 'integer', example: 500, description: 'Most litres one collection may carry' },
  varianceThresholdPct: {
    type: 'number',
    example: 1.5,
    description: 'Intake differing from the farm collections by more than this share is flagged',
  },
}

const measured = {
  quantityLitres: { type: 'number', minimum: 0.1, maximum: 5000, description: 'Or weightKg' },
  weightKg: {
    type: 'number',
    minimum: 0.1,
    maximum: 5000,
    description: 'Converted by the cooperative’s milkDensity',
  },
  cans: { type: 'integer', minimum: 1, maximum: 50 },
  lactometer: nullable('number', { example: 28 }),
  alcoholPassed: nullable('boolean'),
  temperatureC: nullable('number', { example: 18 }),
  fatPct: nullable('number', { example: 3.8 }),
  snfPct: nullable('number', { example: 8.6 }),
  rejectedForOther: {
    type: 'boolean',
    description: 'Refused for what the tests do not show (smell, colour, dirt)',
  },
}

const stopInput = {
  type: 'object',
  required: ['kind'],
  properties: {
    kind: { type: 'string', enum: [...STOP_KINDS] },
    centreId: { type: 'integer', description: 'kind centre: its name and place are the centre’s' },
    name: { type: 'string', description: 'kind farm_gate' },
    location: point,
  },
}
const routeInput = {
  name: { type: 'string', example: 'Githunguri AM' },
  vehicleId: nullable('integer', { description: 'A vehicle of the cooperative’s transporter' }),
  driverId: nullable('integer', {
    description: 'A driver of the transporter assigned to that vehicle',
  }),
  shifts: { type: 'array', maxItems: 2, items: ref('RouteShift') },
  stops: { type: 'array', minItems: 1, items: stopInput },
}

export const collectionsOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'collections',
      description:
        'Dairy cooperatives: collection centres, milk routes, farmers known by phone, and milk collections recorded on a phone (offline) and synced exactly once. Each stored collection sends the farmer one receipt SMS in their language. A correction reverses a collection and records a new one; the farmer is told.',
    },
  ],
  schemas: {
    CollectionsDashboard: {
      type: 'object',
      required: [
        'from',
        'to',
        'byRouteDay',
        'byCentreDay',
        'rejections',
        'totals',
        'farmersWithoutCollections',
      ],
      properties: {
        from: { type: 'string', format: 'date' },
        to: { type: 'string', format: 'date' },
        byRouteDay: {
          type: 'array',
          items: {
            type: 'object',
            required: [
              'routeId',
              'routeName',
              'date',
              'acceptedLitres',
              'rejectedLitres',
              'collections',
            ],
            properties: {
              routeId: nullable('integer'),
              routeName: nullable('string'),
              date: { type: 'string', format: 'date' },
              acceptedLitres: { type: 'number' },
              rejectedLitres: { type: 'number' },
              collections: { type: 'integer' },
            },
          },
        },
        byCentreDay: {
          type: 'array',
          items: {
            type: 'object',
            required: ['centreId', 'centreName', 'date', 'acceptedLitres'],
            properties: {
              centreId: { type: 'integer' },
              centreName: { type: 'string' },
              date: { type: 'string', format: 'date' },
              acceptedLitres: { type: 'number' },
            },
          },
        },
        rejections: {
          type: 'array',
          items: {
            type: 'object',
            required: ['reason', 'collections', 'litres'],
            properties: {
              reason: { type: 'string', enum: [...REJECTION_REASONS] },
              collections: { type: 'integer' },
              litres: { type: 'number' },
            },
          },
        },
        totals: {
          type: 'object',
          required: ['acceptedLitres', 'rejectedLitres', 'collections', 'rejectionRatePct'],
          properties: {
            acceptedLitres: { type: 'number' },
            rejectedLitres: { type: 'number' },
            collections: { type: 'integer' },
            rejectionRatePct: { type: 'number' },
          },
        },
        farmersWithoutCollections: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name', 'memberNumber', 'phone'],
            properties: {
              id: { type: 'integer' },
              name: { type: 'string' },
              memberNumber: { type: 'string' },
              phone: { type: 'string' },
            },
          },
        },
      },
    },
    RateChart: {
      type: 'object',
      properties: {
        period: { type: 'string', example: '2026-11' },
        currency: { type: 'string', example: 'KES' },
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              grade: { type: 'string', enum: [...GRADES] },
              pricePerLitre: { type: 'integer', description: 'Minor unit' },
            },
          },
        },
      },
    },
    FarmerAdjustment: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        farmerId: { type: 'integer' },
        period: { type: 'string' },
        kind: { type: 'string', enum: [...ADJUSTMENT_KINDS] },
        amount: { type: 'integer' },
        signedAmount: {
          type: 'integer',
          description: 'What it does to the pay: negative for deductions',
        },
        note: nullable('string'),
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    FarmerStatement: {
      type: 'object',
      properties: {
        farmer: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            name: { type: 'string' },
            memberNumber: { type: 'string' },
            phone: { type: 'string' },
          },
        },
        cooperative: {
          type: 'object',
          properties: { id: { type: 'integer' }, name: { type: 'string' } },
        },
        period: { type: 'string' },
        currency: { type: 'string' },
        priced: {
          type: 'boolean',
          description: 'False until the period’s prices are set (gross and net are then 0)',
        },
        litresByGrade: { type: 'object', additionalProperties: { type: 'number' } },
        rejectedLitres: { type: 'number' },
        prices: { type: 'object', additionalProperties: { type: 'integer' } },
        gross: { type: 'integer', description: 'Minor unit' },
        adjustments: { type: 'array', items: ref('FarmerAdjustment') },
        net: { type: 'integer', description: 'Minor unit' },
        smsSummary: { type: 'string', description: 'The text POST .../statement/sms sends' },
        collections: { type: 'array', items: ref('MilkCollection') },
      },
    },
    RouteIntake: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        routeId: { type: 'integer' },
        date: { type: 'string', format: 'date' },
        shift: { type: 'string', enum: [...SHIFTS] },
        quantityLitres: { type: 'number' },
        driverId: nullable('integer'),
        recordedById: nullable('integer'),
      },
    },
    RouteVariance: {
      type: 'object',
      properties: {
        routeId: { type: 'integer' },
        routeName: { type: 'string' },
        driverId: nullable('integer'),
        date: { type: 'string', format: 'date' },
        shift: { type: 'string', enum: [...SHIFTS] },
        collectedLitres: {
          type: 'number',
          description: 'Accepted farm collections, corrections included',
        },
        intakeLitres: nullable('number'),
        varianceLitres: nullable('number', { description: 'Intake minus collected' }),
        variancePct: nullable('number'),
        flagged: { type: 'boolean' },
      },
    },
    CollectionPoint: {
      type: 'object',
      required: ['lat', 'lng'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lng: { type: 'number', minimum: -180, maximum: 180 },
      },
    },
    CollectionsPageMeta: pageMeta,
    RouteShift: {
      type: 'object',
      required: ['shift', 'days'],
      properties: {
        shift: { type: 'string', enum: [...SHIFTS] },
        days: {
          type: 'array',
          items: { type: 'integer', minimum: 1, maximum: 7 },
          description: 'ISO weekdays, 1 = Monday',
        },
      },
    },
    Cooperative: {
      type: 'object',
      properties: {
        id: { type: 'integer', description: 'Its organisation’s id' },
        name: { type: 'string' },
        country: { type: 'string' },
        code: { type: 'string', description: 'What a farmer types to register by USSD' },
        currency: { type: 'string', example: 'KES' },
        carrierOrganisationId: nullable('integer', {
          description: 'The transporter running its routes',
        }),
        ...thresholds,
        closedThrough: nullable('string', {
          format: 'date',
          description: 'Collections up to this day can no longer be added or corrected',
        }),
      },
    },
    CollectionCentre: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        cooperativeId: { type: 'integer' },
        name: { type: 'string' },
        location: point,
      },
    },
    RouteStop: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        position: { type: 'integer' },
        kind: { type: 'string', enum: [...STOP_KINDS] },
        centreId: nullable('integer'),
        name: { type: 'string' },
        location: point,
      },
    },
    CollectionRoute: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        cooperativeId: { type: 'integer' },
        name: { type: 'string' },
        vehicleId: nullable('integer'),
        driverId: nullable('integer'),
        shifts: { type: 'array', items: ref('RouteShift') },
        active: { type: 'boolean' },
        stops: { type: 'array', items: ref('RouteStop') },
      },
    },
    Farmer: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        cooperativeId: { type: 'integer' },
        phone: { type: 'string', example: '+254712345678' },
        name: { type: 'string' },
        memberNumber: { type: 'string', example: 'K0042' },
        locale: { type: 'string', enum: [...LOCALES] },
        payoutPhone: { type: 'string' },
        nationalId: nullable('string'),
        status: { type: 'string', enum: [...FARMER_STATUSES] },
        stopId: nullable('integer'),
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    MilkCollection: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid', description: 'Made on the device' },
        kind: { type: 'string', enum: ['collection', 'reversal'] },
        cooperativeId: { type: 'integer' },
        farmerId: { type: 'integer' },
        routeId: nullable('integer'),
        stopId: nullable('integer'),
        centreId: nullable('integer'),
        shift: { type: 'string', enum: [...SHIFTS] },
        collectedAt: { type: 'string', format: 'date-time' },
        collectedOn: {
          type: 'string',
          format: 'date',
          description: 'The day in the cooperatives’ time zone',
        },
        period: { type: 'string', example: '2026-11', description: 'The month it is paid in' },
        quantityLitres: { type: 'number', description: 'Negative for a reversal' },
        cans: { type: 'integer' },
        lactometer: nullable('number'),
        alcoholPassed: nullable('boolean'),
        temperatureC: nullable('number'),
        fatPct: nullable('number'),
        snfPct: nullable('number'),
        outcome: { type: 'string', enum: [...OUTCOMES] },
        rejectionReason: nullable('string', { enum: [...REJECTION_REASONS, null] }),
        grade: nullable('string', { enum: [...GRADES, null] }),
        position: { oneOf: [point, { type: 'null' }] },
        reference: {
          type: 'string',
          example: 'MK7F3Q9A',
          description: 'Printed on the receipt SMS',
        },
        reversesId: nullable('string', { format: 'uuid' }),
        replacesId: nullable('string', { format: 'uuid' }),
        receiptSent: { type: 'boolean' },
        recordedById: nullable('integer'),
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    CollectionInput: {
      type: 'object',
      required: ['id', 'farmerId', 'shift', 'collectedAt', 'cans'],
      properties: {
        id: {
          type: 'string',
          format: 'uuid',
          description: 'Made on the device; the same id synced again is stored once',
        },
        farmerId: { type: 'integer' },
        routeId: nullable('integer'),
        stopId: nullable('integer'),
        centreId: nullable('integer'),
        shift: { type: 'string', enum: [...SHIFTS] },
        collectedAt: {
          oneOf: [{ type: 'string', format: 'date-time' }, { type: 'integer' }],
          description: 'ISO 8601 with a zone, or epoch ms',
        },
        position: { oneOf: [point, { type: 'null' }] },
        ...measured,
      },
    },
    CollectionSyncResult: {
      type: 'object',
      required: ['id', 'status'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        status: {
          type: 'string',
          enum: ['stored', 'duplicate', 'refused'],
          description:
            'stored and duplicate: drop it from the phone’s queue; refused: nothing stored, show the error',
        },
        collection: ref('MilkCollection'),
        error: ref('Error'),
      },
    },
  },
  paths: {
    '/api/v1/cooperatives': {
      post: {
        tags,
        security: bearer,
        summary: 'Open a cooperative with its first manager (admins)',
        requestBody: body({
          type: 'object',
          required: ['name', 'country', 'code', 'manager'],
          properties: {
            name: { type: 'string' },
            country: { type: 'string', enum: ['KE', 'TZ', 'UG'] },
            code: { type: 'string', pattern: '^\\d{3,8}$' },
            carrierOrganisationId: nullable('integer'),
            manager: {
              type: 'object',
              required: ['phone', 'name'],
              properties: { phone: { type: 'string' }, name: { type: 'string' } },
              description: 'Becomes its owner (a dispatcher of it)',
            },
            ...thresholds,
          },
        }),
        responses: {
          201: { description: 'Cooperative', ...json(ref('Cooperative')) },
          401: unauthorized,
          403: e403,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/mine': {
      get: {
        tags,
        security: bearer,
        summary: 'The cooperative the caller works for',
        responses: {
          200: { description: 'Cooperative', ...json(ref('Cooperative')) },
          401: unauthorized,
          404: e404,
        },
      },
    },
    '/api/v1/cooperatives/{id}': {
      get: {
        tags,
        security: bearer,
        summary: 'A cooperative (its members and admins)',
        parameters: [id()],
        responses: {
          200: { description: 'Cooperative', ...json(ref('Cooperative')) },
          401: unauthorized,
          404: e404,
        },
      },
      patch: {
        tags,
        security: bearer,
        summary: 'Change thresholds or close a period (manager); change the transporter (admins)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          properties: {
            ...thresholds,
            carrierOrganisationId: nullable('integer'),
            closedThrough: nullable('string', { format: 'date' }),
          },
        }),
        responses: {
          200: { description: 'Cooperative', ...json(ref('Cooperative')) },
          401: unauthorized,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/centres': {
      get: {
        tags,
        security: bearer,
        summary: 'Collection centres',
        parameters: [id()],
        responses: {
          200: { description: 'Centres', ...listOf('CollectionCentre') },
          401: unauthorized,
          404: e404,
        },
      },
      post: {
        tags,
        security: bearer,
        summary: 'Add a collection centre (manager)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['name', 'location'],
          properties: { name: { type: 'string' }, location: point },
        }),
        responses: {
          201: { description: 'Centre', ...json(ref('CollectionCentre')) },
          401: unauthorized,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/routes': {
      get: {
        tags,
        security: bearer,
        summary: 'Milk routes with their stops in order',
        parameters: [id()],
        responses: {
          200: { description: 'Routes', ...listOf('CollectionRoute') },
          401: unauthorized,
          404: e404,
        },
      },
      post: {
        tags,
        security: bearer,
        summary: 'Add a route (manager)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['name', 'shifts', 'stops'],
          properties: routeInput,
        }),
        responses: {
          201: { description: 'Route', ...json(ref('CollectionRoute')) },
          401: unauthorized,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/collection-routes/mine': {
      get: {
        tags,
        security: bearer,
        summary: 'The routes the caller drives',
        responses: {
          200: { description: 'Routes', ...listOf('CollectionRoute') },
          401: unauthorized,
        },
      },
    },
    '/api/v1/collection-routes/{id}': {
      get: {
        tags,
        security: bearer,
        summary: 'A route (its cooperative’s members, its driver)',
        parameters: [id()],
        responses: {
          200: { description: 'Route', ...json(ref('CollectionRoute')) },
          401: unauthorized,
          404: e404,
        },
      },
      patch: {
        tags,
        security: bearer,
        summary:
          'Change a route (manager); stops given replace the list, farmers keep a stop that stays',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          properties: { ...routeInput, active: { type: 'boolean' } },
        }),
        responses: {
          200: { description: 'Route', ...json(ref('CollectionRoute')) },
          401: unauthorized,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/farmers': {
      get: {
        tags,
        security: bearer,
        summary: 'Farmers, by member number',
        parameters: [
          id(),
          query('status', { type: 'string', enum: [...FARMER_STATUSES] }),
          query('q', { type: 'string' }, 'Name, member number or part of the phone'),
          query('page', { type: 'integer', minimum: 1 }),
          query('perPage', { type: 'integer', minimum: 1, maximum: 500 }),
        ],
        responses: {
          200: { description: 'Farmers', ...listOf('Farmer', true) },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
      post: {
        tags,
        security: bearer,
        summary: 'Register a farmer (members of the cooperative); active at once',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['phone', 'name', 'memberNumber'],
          properties: {
            phone: { type: 'string' },
            name: { type: 'string' },
            memberNumber: { type: 'string' },
            locale: {
              type: 'string',
              enum: [...LOCALES],
              description: 'Default: the phone’s country’s',
            },
            payoutPhone: { type: 'string', description: 'Default: phone' },
            nationalId: nullable('string'),
            stopId: nullable('integer'),
          },
        }),
        responses: {
          201: { description: 'Farmer', ...json(ref('Farmer')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/farmers/{id}': {
      patch: {
        tags,
        security: bearer,
        summary: 'Change a farmer (members of the cooperative)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          properties: {
            name: { type: 'string' },
            memberNumber: { type: 'string' },
            locale: { type: 'string', enum: [...LOCALES] },
            payoutPhone: { type: 'string' },
            nationalId: nullable('string'),
            stopId: nullable('integer'),
            status: { type: 'string', enum: [...FARMER_STATUSES] },
          },
        }),
        responses: {
          200: { description: 'Farmer', ...json(ref('Farmer')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/farmers/{id}/approve': {
      post: {
        tags,
        security: bearer,
        summary: 'Approve a farmer who registered by USSD',
        parameters: [id()],
        responses: {
          200: { description: 'Farmer', ...json(ref('Farmer')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
        },
      },
    },
    '/api/v1/collections/sync': {
      post: {
        tags,
        security: bearer,
        summary:
          'Sync collections recorded on the phone (members of the farmer’s cooperative, the route’s driver)',
        description:
          'A result per collection. The whole batch is refused (422) only when its shape is wrong; a collection the rules refuse (a farmer not found or not active, a route, stop or centre of another cooperative, a closed period, too many litres, a missing alcohol test, a time in the future or more than 14 days old) is `refused` and the others are stored. Sending a collection again answers `duplicate` and stores nothing; each stored collection queues one receipt SMS.',
        requestBody: body({
          type: 'object',
          required: ['collections'],
          properties: {
            collections: {
              type: 'array',
              minItems: 1,
              maxItems: 500,
              items: ref('CollectionInput'),
            },
          },
        }),
        responses: {
          200: {
            description: 'Results, in the order sent',
            ...json({
              type: 'object',
              properties: { results: { type: 'array', items: ref('CollectionSyncResult') } },
            }),
          },
          401: unauthorized,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/collections': {
      get: {
        tags,
        security: bearer,
        summary: 'Collections and reversals, newest first',
        parameters: [
          id(),
          query('date', { type: 'string', format: 'date' }),
          query('period', { type: 'string', example: '2026-11' }),
          query('routeId', { type: 'integer' }),
          query('farmerId', { type: 'integer' }),
          query('page', { type: 'integer', minimum: 1 }),
          query('perPage', { type: 'integer', minimum: 1, maximum: 500 }),
        ],
        responses: {
          200: { description: 'Collections', ...listOf('MilkCollection', true) },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/collections/{id}/correct': {
      post: {
        tags,
        security: bearer,
        summary:
          'Correct a collection: it is reversed and the new values recorded; the farmer gets a receipt naming the corrected reference',
        parameters: [id('id', 'uuid')],
        requestBody: body({
          type: 'object',
          required: ['id', 'cans'],
          properties: {
            id: {
              type: 'string',
              format: 'uuid',
              description: 'The new collection’s id (sending it again answers the same)',
            },
            ...measured,
          },
        }),
        responses: {
          201: { description: 'The new collection', ...json(ref('MilkCollection')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/prices': {
      get: {
        tags,
        security: bearer,
        summary: 'The rate chart of a period: the price of a litre per grade (minor unit)',
        parameters: [
          id(),
          {
            name: 'period',
            in: 'query',
            required: true,
            schema: { type: 'string', example: '2026-11' },
          },
        ],
        responses: {
          200: { description: 'Prices', ...json(ref('RateChart')) },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
      put: {
        tags,
        security: bearer,
        summary:
          'Set the price of a litre per grade for a period (manager); grades left out keep theirs',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['period', 'prices'],
          properties: {
            period: { type: 'string', example: '2026-11' },
            prices: {
              type: 'object',
              properties: Object.fromEntries(
                GRADES.map((g) => [g, { type: 'integer', minimum: 1, example: 5200 }])
              ),
            },
          },
        }),
        responses: {
          200: { description: 'Prices', ...json(ref('RateChart')) },
          401: unauthorized,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/farmers/{id}/adjustments': {
      post: {
        tags,
        security: bearer,
        summary:
          'A deduction (transport, advance, inputs, other) or a bonus on a farmer’s pay (manager)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['period', 'kind', 'amount'],
          properties: {
            period: { type: 'string', example: '2026-11' },
            kind: { type: 'string', enum: [...ADJUSTMENT_KINDS] },
            amount: {
              type: 'integer',
              minimum: 1,
              description: 'Minor unit, positive: a bonus adds it, the rest take it off',
            },
            note: nullable('string'),
          },
        }),
        responses: {
          201: { description: 'Adjustment', ...json(ref('FarmerAdjustment')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: e409,
          422: e422,
        },
      },
    },
    '/api/v1/farmers/{id}/statement': {
      get: {
        tags,
        security: bearer,
        summary:
          'A farmer’s statement for a period (members of the cooperative): JSON, or CSV with format=csv',
        parameters: [
          id(),
          {
            name: 'period',
            in: 'query',
            required: true,
            schema: { type: 'string', example: '2026-11' },
          },
          query('format', { type: 'string', enum: ['json', 'csv'] }),
        ],
        responses: {
          200: {
            description: 'Statement',
            content: {
              'application/json': { schema: ref('FarmerStatement') },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/farmers/{id}/statement/sms': {
      post: {
        tags,
        security: bearer,
        summary:
          'Text the farmer the one-SMS summary of their statement (members of the cooperative)',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['period'],
          properties: { period: { type: 'string', example: '2026-11' } },
        }),
        responses: {
          200: {
            description: 'Sent',
            ...json({
              type: 'object',
              properties: { sent: { type: 'boolean' }, body: { type: 'string' } },
            }),
          },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/collection-routes/{id}/intakes': {
      post: {
        tags,
        security: bearer,
        summary:
          'The route’s bulk milk weighed in at the cooler for a day and shift (members); once per route, day and shift',
        parameters: [id()],
        requestBody: body({
          type: 'object',
          required: ['date', 'shift', 'quantityLitres'],
          properties: {
            date: { type: 'string', format: 'date' },
            shift: { type: 'string', enum: [...SHIFTS] },
            quantityLitres: { type: 'number', minimum: 1, maximum: 50000 },
          },
        }),
        responses: {
          201: { description: 'Intake', ...json(ref('RouteIntake')) },
          401: unauthorized,
          403: e403,
          404: e404,
          409: error('E_INTAKE_EXISTS: this route, day and shift was already weighed in'),
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/variance': {
      get: {
        tags,
        security: bearer,
        summary:
          'Per route, driver, day and shift: farm collections against the intake, flagged beyond the cooperative’s threshold',
        parameters: [
          id(),
          { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
        ],
        responses: {
          200: {
            description: 'Variance',
            ...json({
              type: 'object',
              properties: {
                thresholdPct: { type: 'number' },
                data: { type: 'array', items: ref('RouteVariance') },
              },
            }),
          },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/cooperatives/{id}/dashboard': {
      get: {
        tags,
        security: bearer,
        summary:
          'The cooperative’s dashboard (members): litres per route, centre and day, refusals and their reasons, farmers without collections; CSV with format=csv',
        parameters: [
          id(),
          { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          { name: 'to', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          query('format', { type: 'string', enum: ['json', 'csv'] }),
        ],
        responses: {
          200: {
            description: 'Dashboard',
            content: {
              'application/json': { schema: ref('CollectionsDashboard') },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          401: unauthorized,
          404: e404,
          422: e422,
        },
      },
    },
  },
}
