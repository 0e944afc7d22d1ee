import type { OpenApiFragment } from '#core/openapi/fragment'
import accountsConfig from '#config/accounts'
import { VEHICLE_BODIES } from '#fleet/models/vehicle_type'
import { DOCUMENT_KINDS, DOCUMENT_SORTS, DOCUMENT_STATUSES } from '#fleet/models/fleet_document'
import { error, json, multipart, nullable, pageMeta, ref, unauthorized } from '#core/openapi/shared'
const page = (item: string) =>
  json({
    type: 'object',
    required: ['data', 'meta'],
    properties: { data: { type: 'array', items: ref(item) }, meta: ref('FleetPageMeta') },
  })

const id = (name: string, description?: string) => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'integer', minimum: 1 },
  ...(description ? { description } : {}),
})
const query = (name: string, schema: Record<string, unknown>, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
})
const paging = [
  query('page', { type: 'integer', minimum: 1, default: 1 }),
  query('perPage', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
]

const e401 = unauthorized
const e403 = error('E_AUTHORIZATION_FAILURE: you can see it but your role may not do this')
const e404 = error(
  'E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed)'
)
const e422 = error('E_VALIDATION: a field is missing, out of range or malformed (`field` names it)')
const e415 = error('E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data')
const e413 = error('E_PAYLOAD_TOO_LARGE: the whole multipart body is over 20 MB')

const fileRules =
  'At most 5 MB. The bytes are checked, not the name: anything else is 422 E_VALIDATION (size/extension) or E_INVALID_FILE (content), and nothing is stored.'

const eligibilityReasonCodes = [
  'VEHICLE_ARCHIVED',
  'REGISTRATION_CARD_MISSING',
  'REGISTRATION_CARD_PENDING',
  'REGISTRATION_CARD_REJECTED',
  'REGISTRATION_CARD_EXPIRED',
  'INSURANCE_MISSING',
  'INSURANCE_PENDING',
  'INSURANCE_REJECTED',
  'INSURANCE_EXPIRED',
  'DRIVING_LICENCE_MISSING',
  'DRIVING_LICENCE_PENDING',
  'DRIVING_LICENCE_REJECTED',
  'DRIVING_LICENCE_EXPIRED',
  'NOT_A_DRIVER',
  'DRIVER_NOT_IN_CARRIER',
]

const vehicleFields = {
  make: nullable('string', { maxLength: 60, example: 'Isuzu' }),
  model: nullable('string', { maxLength: 60, example: 'FVZ' }),
  year: nullable('integer', { minimum: 1950, example: 2019 }),
  capacityKg: nullable('integer', {
    minimum: 1,
    maximum: 100000,
    description: "Override of the type's capacity; null = the type's",
  }),
  capacityM3: nullable('number', {
    minimum: 0.01,
    maximum: 500,
    description: "Override of the type's volume; null = the type's",
  }),
  baseLocation: {
    oneOf: [ref('VehicleBaseLocation'), { type: 'null' }],
    description:
      'Where the vehicle is usually parked; dispatch suggestions use it until live GPS positions exist',
  },
  baseAddress: nullable('string', { maxLength: 200, example: 'Industrial Area, Nairobi' }),
}

const plate = {
  type: 'string',
  example: 'KCA 123A',
  description:
    'Any common spelling; stored and answered upper-case without spaces or dashes ("KCA123A"). Unique platform-wide.',
}

export const fleetOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'fleet',
      description:
        'Vehicle types, carriers’ vehicles, photos, driver assignment, and the papers (registration card / carte grise, insurance, driving licence) an admin verifies. A vehicle takes loads only with a verified, unexpired registration card and insurance, driven by a driver of the same carrier with a verified, unexpired licence.',
    },
  ],
  schemas: {
    VehicleBaseLocation: {
      type: 'object',
      required: ['lat', 'lng'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90, example: -1.2921 },
        lng: { type: 'number', minimum: -180, maximum: 180, example: 36.8219 },
      },
    },
    FleetPageMeta: pageMeta,
    VehicleType: {
      type: 'object',
      required: ['id', 'code', 'name', 'body', 'capacityKg', 'capacityM3'],
      properties: {
        id: { type: 'integer' },
        code: { type: 'string', example: 'flatbed_10t' },
        name: { type: 'string', example: 'Flatbed 10 t' },
        body: { type: 'string', enum: [...VEHICLE_BODIES] },
        capacityKg: { type: 'integer', example: 10000 },
        capacityM3: { type: 'number', example: 35 },
      },
    },
    Eligibility: {
      type: 'object',
      required: ['eligible', 'reasons'],
      description: 'Whether the vehicle (with that driver) may bid and be assigned, and why not.',
      properties: {
        eligible: { type: 'boolean' },
        reasons: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', enum: eligibilityReasonCodes },
              message: {
                type: 'string',
                example: 'Vehicle KCA123A’s insurance certificate expired on 2026-10-31.',
              },
            },
          },
        },
      },
    },
    VehiclePhoto: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        contentType: { type: 'string', enum: ['image/jpeg', 'image/png', 'image/webp'] },
        fileSize: { type: 'integer' },
        url: {
          type: 'string',
          example: '/api/v1/vehicles/3/photos/7',
          description: 'Needs the bearer token',
        },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    Vehicle: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        organisationId: { type: 'integer', description: 'The carrier that owns it' },
        plate: { type: 'string', example: 'KCA123A' },
        vehicleType: ref('VehicleType'),
        make: vehicleFields.make,
        model: vehicleFields.model,
        year: vehicleFields.year,
        capacityKg: { type: 'integer', description: 'Effective: the override or the type’s' },
        capacityM3: { type: 'number', description: 'Effective: the override or the type’s' },
        capacityKgOverride: nullable('integer'),
        capacityM3Override: nullable('number'),
        baseLocation: { oneOf: [ref('VehicleBaseLocation'), { type: 'null' }] },
        baseAddress: nullable('string'),
        drivers: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              name: nullable('string'),
              phone: { type: 'string', example: '+254700000022' },
            },
          },
        },
        photos: { type: 'array', items: ref('VehiclePhoto') },
        eligibility: {
          ...ref('Eligibility'),
          description: 'The vehicle on its own (papers, archived); drivers in VehicleDetails',
        },
        createdAt: { type: 'string', format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
    },
    VehicleDetails: {
      allOf: [
        ref('Vehicle'),
        {
          type: 'object',
          properties: {
            drivers: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'integer' },
                  name: nullable('string'),
                  phone: { type: 'string' },
                  eligibility: {
                    ...ref('Eligibility'),
                    description: 'This vehicle driven by this driver',
                  },
                },
              },
            },
            documents: {
              type: 'array',
              items: ref('FleetDocument'),
              description: "The vehicle's papers, newest first",
            },
          },
        },
      ],
    },
    FleetDocument: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
        organisationId: nullable('integer'),
        vehicleId: nullable('integer', { description: 'Set for registration_card and insurance' }),
        driverId: nullable('integer', { description: 'Set for driving_licence' }),
        number: { type: 'string', example: 'CG-DK-2024-0042' },
        expiresOn: { type: 'string', format: 'date', example: '2027-06-30' },
        expired: { type: 'boolean' },
        status: {
          type: 'string',
          enum: [...DOCUMENT_STATUSES],
          description:
            'pending -> verified | rejected (by an admin). Expired or rejected counts as missing.',
        },
        rejectionReason: nullable('string'),
        reviewedAt: nullable('string', { format: 'date-time' }),
        fileName: { type: 'string' },
        contentType: {
          type: 'string',
          enum: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
        },
        fileSize: { type: 'integer' },
        fileUrl: {
          type: 'string',
          example: '/api/v1/documents/12/file',
          description: 'Needs the bearer token',
        },
        createdAt: { type: 'string', format: 'date-time' },
        carrier: {
          type: ['object', 'null'],
          description: 'The carrier the paper belongs to',
          properties: {
            id: { type: 'integer' },
            name: { type: 'string' },
            country: { type: 'string', example: 'KE' },
          },
        },
        vehicle: {
          type: ['object', 'null'],
          properties: { id: { type: 'integer' }, plate: { type: 'string' } },
        },
        driver: {
          type: ['object', 'null'],
          properties: { id: { type: 'integer' }, name: nullable('string') },
        },
      },
    },
  },
  paths: {
    '/api/v1/vehicle-types': {
      get: {
        tags: ['fleet'],
        summary: 'List vehicle types (any signed-in user)',
        responses: {
          200: {
            description: 'Smallest first',
            ...json({
              type: 'object',
              properties: { data: { type: 'array', items: ref('VehicleType') } },
            }),
          },
          401: e401,
        },
      },
      post: {
        tags: ['fleet'],
        summary: 'Add a vehicle type (admin)',
        requestBody: json({
          type: 'object',
          required: ['code', 'name', 'body', 'capacityKg', 'capacityM3'],
          properties: {
            code: { type: 'string', pattern: '^[a-z0-9_]{2,40}$', example: 'cattle_truck' },
            name: { type: 'string', maxLength: 80 },
            body: { type: 'string', enum: [...VEHICLE_BODIES] },
            capacityKg: { type: 'integer', minimum: 1, maximum: 100000 },
            capacityM3: { type: 'number', minimum: 0.01, maximum: 500 },
          },
        }),
        responses: {
          201: { description: 'Created', ...json(ref('VehicleType')) },
          401: e401,
          403: e403,
          409: error('E_VEHICLE_TYPE_EXISTS: the code is taken'),
          422: e422,
        },
      },
    },
    '/api/v1/vehicle-types/{id}': {
      patch: {
        tags: ['fleet'],
        summary: 'Correct a vehicle type (admin)',
        parameters: [id('id')],
        requestBody: json({
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 80 },
            body: { type: 'string', enum: [...VEHICLE_BODIES] },
            capacityKg: { type: 'integer', minimum: 1, maximum: 100000 },
            capacityM3: { type: 'number', minimum: 0.01, maximum: 500 },
          },
        }),
        responses: {
          200: { description: 'Updated', ...json(ref('VehicleType')) },
          401: e401,
          403: e403,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/vehicles': {
      get: {
        tags: ['fleet'],
        summary: 'List vehicles',
        description:
          "Members of a carrier (owner, dispatchers, drivers) see their carrier's active vehicles; admins and platform dispatchers see all and may filter by organisationId. Shippers: 403.",
        parameters: [
          query('organisationId', { type: 'integer' }, 'Admins and platform dispatchers only'),
          query('vehicleTypeId', { type: 'integer' }),
          query('plate', { type: 'string' }, 'Part of the plate, any spelling'),
          ...paging,
        ],
        responses: {
          200: { description: 'Newest first', ...page('Vehicle') },
          401: e401,
          403: e403,
          422: e422,
        },
      },
      post: {
        tags: ['fleet'],
        summary: 'Register a vehicle (carrier owner or dispatcher, or admin)',
        description:
          'Created in your own carrier; admins must give organisationId (a carrier). The answer includes why the new vehicle is not yet eligible (papers missing).',
        requestBody: json({
          type: 'object',
          required: ['plate', 'vehicleTypeId'],
          properties: {
            plate,
            vehicleTypeId: { type: 'integer' },
            organisationId: { type: 'integer', description: 'Admins only' },
            ...vehicleFields,
          },
        }),
        responses: {
          201: { description: 'Registered', ...json(ref('VehicleDetails')) },
          401: e401,
          403: e403,
          404: error('E_NOT_FOUND: organisationId is not your carrier'),
          409: error('E_PLATE_TAKEN: a vehicle with this plate is already registered'),
          422: error(
            'E_VALIDATION (coordinates out of range, negative capacity, bad plate...), E_UNKNOWN_VEHICLE_TYPE (vehicleTypeId), E_NOT_A_CARRIER (organisationId)'
          ),
        },
      },
    },
    '/api/v1/vehicles/{id}': {
      get: {
        tags: ['fleet'],
        summary: 'A vehicle with its papers, drivers and eligibility',
        parameters: [id('id')],
        responses: {
          200: { description: 'The vehicle', ...json(ref('VehicleDetails')) },
          401: e401,
          404: e404,
          422: e422,
        },
      },
      patch: {
        tags: ['fleet'],
        summary: 'Edit a vehicle (carrier owner or dispatcher, or admin)',
        parameters: [id('id')],
        requestBody: json({
          type: 'object',
          properties: { plate, vehicleTypeId: { type: 'integer' }, ...vehicleFields },
        }),
        responses: {
          200: { description: 'Updated', ...json(ref('VehicleDetails')) },
          401: e401,
          403: error('E_AUTHORIZATION_FAILURE: drivers and platform dispatchers only read'),
          404: e404,
          409: error('E_PLATE_TAKEN'),
          422: error('E_VALIDATION, E_UNKNOWN_VEHICLE_TYPE'),
        },
      },
      delete: {
        tags: ['fleet'],
        summary: 'Archive a vehicle',
        description:
          'It leaves lists, can no longer take loads, and its drivers are unassigned. Its history stays.',
        parameters: [id('id')],
        responses: {
          204: { description: 'Archived' },
          401: e401,
          403: e403,
          404: e404,
          409: error('E_VEHICLE_BUSY: it is on an order under way (named)'),
        },
      },
    },
    '/api/v1/vehicles/{id}/photos': {
      post: {
        tags: ['fleet'],
        summary: 'Add a photo (JPEG, PNG or WebP)',
        description: `${fileRules} At most 10 photos per vehicle.`,
        parameters: [id('id')],
        requestBody: multipart({
          type: 'object',
          required: ['photo'],
          properties: { photo: { type: 'string', format: 'binary' } },
        }),
        responses: {
          201: { description: 'Stored', ...json(ref('VehiclePhoto')) },
          401: e401,
          403: e403,
          404: e404,
          409: error('E_TOO_MANY_PHOTOS'),
          413: e413,
          415: e415,
          422: error(
            'E_VALIDATION (missing, too large, wrong extension), E_INVALID_FILE (content)'
          ),
        },
      },
    },
    '/api/v1/vehicles/{id}/photos/{photoId}': {
      get: {
        tags: ['fleet'],
        summary: 'The photo itself',
        parameters: [id('id'), id('photoId')],
        responses: {
          200: {
            description: 'The image',
            content: {
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/webp': { schema: { type: 'string', format: 'binary' } },
            },
          },
          401: e401,
          404: e404,
        },
      },
      delete: {
        tags: ['fleet'],
        summary: 'Delete a photo',
        parameters: [id('id'), id('photoId')],
        responses: { 204: { description: 'Deleted' }, 401: e401, 403: e403, 404: e404 },
      },
    },
    '/api/v1/vehicles/{id}/drivers': {
      post: {
        tags: ['fleet'],
        summary: 'Assign a driver of the same carrier',
        description:
          'A vehicle may have several drivers; a driver drives one vehicle at a time (unassign first to move them). Assigning the same pair again is a no-op.',
        parameters: [id('id')],
        requestBody: json({
          type: 'object',
          required: ['driverId'],
          properties: { driverId: { type: 'integer' } },
        }),
        responses: {
          200: { description: 'The vehicle with its drivers', ...json(ref('VehicleDetails')) },
          401: e401,
          403: e403,
          404: e404,
          409: error('E_DRIVER_ALREADY_ASSIGNED: the driver drives another vehicle (named)'),
          422: error('E_DRIVER_NOT_IN_CARRIER: not a driver of this carrier; E_VALIDATION'),
        },
      },
    },
    '/api/v1/vehicles/{id}/drivers/{driverId}': {
      delete: {
        tags: ['fleet'],
        summary: 'Unassign a driver',
        parameters: [id('id'), id('driverId')],
        responses: {
          204: { description: 'Unassigned' },
          401: e401,
          403: e403,
          404: error('E_NOT_FOUND: no such vehicle, or the driver does not drive it'),
          409: error('E_DRIVER_BUSY: the driver hauls an order with this vehicle (named)'),
        },
      },
    },
    '/api/v1/documents': {
      get: {
        tags: ['fleet'],
        summary: 'List papers',
        description:
          "A carrier's owner and dispatchers see its vehicles' papers and its drivers' licences; its drivers see the vehicles' papers and their own licence; admins and platform dispatchers see all (`?status=pending` is the admins' review queue). Shippers: 403.",
        parameters: [
          query('status', { type: 'string', enum: [...DOCUMENT_STATUSES] }),
          query('kind', { type: 'string', enum: [...DOCUMENT_KINDS] }),
          query('vehicleId', { type: 'integer' }),
          query('driverId', { type: 'integer' }),
          query('organisationId', { type: 'integer' }, 'The carrier'),
          query(
            'country',
            { type: 'string', enum: [...accountsConfig.countries] },
            "The carrier's country"
          ),
          query(
            'expiringWithinDays',
            { type: 'integer', minimum: 0, maximum: 365 },
            'Expiring from today to this many days ahead'
          ),
          query(
            'sort',
            { type: 'string', enum: [...DOCUMENT_SORTS], default: 'newest' },
            'newest uploads first, oldest first (the review queue), or soonest expiry first'
          ),
          ...paging,
        ],
        responses: {
          200: { description: 'In the order `sort` asks', ...page('FleetDocument') },
          401: e401,
          403: e403,
          422: e422,
        },
      },
      post: {
        tags: ['fleet'],
        summary: 'Upload a registration card, insurance certificate or driving licence',
        description: `Registration cards and insurance need vehicleId (carrier owner/dispatcher or admin). A driving licence takes driverId, or is the signed-in driver's own. It starts pending until an admin verifies it. ${fileRules}`,
        requestBody: multipart({
          type: 'object',
          required: ['kind', 'number', 'expiresOn', 'file'],
          properties: {
            kind: { type: 'string', enum: [...DOCUMENT_KINDS] },
            number: { type: 'string', minLength: 2, maxLength: 60 },
            expiresOn: {
              type: 'string',
              format: 'date',
              description: 'YYYY-MM-DD, today or later',
            },
            vehicleId: { type: 'integer' },
            driverId: { type: 'integer' },
            file: { type: 'string', format: 'binary', description: 'JPEG, PNG, WebP or PDF' },
          },
        }),
        responses: {
          201: { description: 'Stored, pending review', ...json(ref('FleetDocument')) },
          401: e401,
          403: e403,
          404: error('E_NOT_FOUND: the vehicle or driver does not exist or is another carrier’s'),
          413: e413,
          415: e415,
          422: error(
            'E_VALIDATION (past expiry, unknown kind, file too large or wrong extension...), E_INVALID_FILE (content is not an image or PDF), E_DOCUMENT_OWNER_MISMATCH (kind vs vehicleId/driverId)'
          ),
        },
      },
    },
    '/api/v1/documents/{id}': {
      get: {
        tags: ['fleet'],
        summary: 'A document',
        parameters: [id('id')],
        responses: {
          200: { description: 'The document', ...json(ref('FleetDocument')) },
          401: e401,
          404: e404,
          422: e422,
        },
      },
    },
    '/api/v1/documents/{id}/file': {
      get: {
        tags: ['fleet'],
        summary: 'The scanned file',
        parameters: [id('id')],
        responses: {
          200: {
            description: 'The file, inline',
            content: {
              'application/pdf': { schema: { type: 'string', format: 'binary' } },
              'image/jpeg': { schema: { type: 'string', format: 'binary' } },
              'image/png': { schema: { type: 'string', format: 'binary' } },
              'image/webp': { schema: { type: 'string', format: 'binary' } },
            },
          },
          401: e401,
          404: e404,
        },
      },
    },
    '/api/v1/documents/{id}/verify': {
      post: {
        tags: ['fleet'],
        summary: 'Verify a pending document (admin)',
        parameters: [id('id')],
        responses: {
          200: { description: 'Verified', ...json(ref('FleetDocument')) },
          401: e401,
          403: e403,
          404: e404,
          409: error(
            'E_INVALID_STATE: not pending (the message names its status); E_DOCUMENT_EXPIRED'
          ),
        },
      },
    },
    '/api/v1/documents/{id}/reject': {
      post: {
        tags: ['fleet'],
        summary: 'Reject a pending or verified document (admin)',
        description: 'The reason is shown to the carrier in the vehicle’s eligibility.',
        parameters: [id('id')],
        requestBody: json({
          type: 'object',
          required: ['reason'],
          properties: { reason: { type: 'string', minLength: 3, maxLength: 500 } },
        }),
        responses: {
          200: { description: 'Rejected', ...json(ref('FleetDocument')) },
          401: e401,
          403: e403,
          404: e404,
          409: error('E_INVALID_STATE: already rejected'),
          422: e422,
        },
      },
    },
  },
}
