import type { OpenApiFragment } from '#core/openapi/fragment'
import type { ApiDescription } from '#core/contract/api_description'
import { pageSchema } from '#core/contract/response_schema'
import { unauthorized as signInNeeded } from '#core/contract/words'
import {
  disputeCaseDetailsSchema,
  disputeCaseSchema,
} from '#orders/transformers/dispute_case_transformer'
import {
  disputeDecisionValidator,
  disputeIdValidator,
  listDisputesValidator,
} from '#orders/validators/dispute_case'
import { CURRENCIES, ORDER_STATUSES, PAYMENT_METHODS } from '#orders/models/order'
import { BID_STATUSES } from '#orders/models/bid'
import { DISPUTE_DECISIONS, DISPUTE_REASONS } from '#orders/models/dispute'
import { DRIVER_STATUS_MOVES, USER_ACTIONS } from '#orders/order_state_machine'
import { error, json, multipart, nullable, pageMeta, ref, unauthorized } from '#core/openapi/shared'

const body = (schema: unknown) => ({ required: true, ...json(schema) })
const ok = (description: string, schema: unknown) => ({ description, ...json(schema) })
const dateTime = { type: 'string', format: 'date-time' }
const money = {
  type: 'integer',
  minimum: 1,
  description: 'Minor units of the currency (XOF has none, KES has cents)',
}

const orderId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }
const bidId = { name: 'bidId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }
const query = (name: string, schema: Record<string, unknown>, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
})

const e401 = unauthorized
const e403 = error(
  'E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this'
)
const e404 = error(
  "E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed)"
)
const e409State = error(
  'E_INVALID_STATE: the order\'s current state forbids this; the message names it (e.g. "Order 12 is assigned; …")'
)
const e422 = error(
  'E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written'
)
const fileRules =
  'Images (JPEG, PNG, WebP) of at most 5 MB. The bytes decide, not the name: anything else is 422 (E_VALIDATION or E_INVALID_FILE) and nothing is stored.'

const secured = (operation: Record<string, unknown>) => ({
  tags: ['orders'],
  security: [{ bearerAuth: [] }],
  ...operation,
})

const point = {
  type: 'object',
  required: ['lat', 'lng'],
  properties: {
    lat: { type: 'number', minimum: -90, maximum: 90, example: 14.6928 },
    lng: { type: 'number', minimum: -180, maximum: 180, example: -17.4467 },
  },
}

const placeInput = {
  type: 'object',
  required: ['lat', 'lng', 'address'],
  properties: {
    ...point.properties,
    address: { type: 'string', minLength: 3, maxLength: 300 },
    contactName: { type: 'string', maxLength: 120 },
    contactPhone: {
      type: 'string',
      description: 'Any common format of a SN, KE, TZ or UG mobile; stored as E.164',
    },
    windowStart: dateTime,
    windowEnd: { ...dateTime, description: 'After windowStart' },
  },
}

const cargoInput = {
  type: 'object',
  required: ['kind', 'weightKg'],
  properties: {
    kind: { type: 'string', minLength: 2, maxLength: 80, example: 'maize' },
    weightKg: { type: 'integer', minimum: 0, maximum: 100000 },
    volumeM3: { type: 'number', minimum: 0, maximum: 500 },
    count: { type: 'integer', minimum: 1 },
    fragile: { type: 'boolean', default: false },
    refrigerated: { type: 'boolean', default: false },
  },
}

const orderInputProperties = {
  pickup: placeInput,
  dropoff: placeInput,
  cargo: cargoInput,
  requiredVehicleTypeId: {
    type: 'integer',
    description: 'A vehicle type id (GET /api/v1/vehicle-types)',
  },
  priceAmount: {
    ...money,
    description: 'Offered price in minor units; omit with openToBids=true to let carriers name it',
  },
  currency: { type: 'string', enum: CURRENCIES },
  openToBids: { type: 'boolean', description: 'Default: true when no price is given' },
  paymentMethod: { type: 'string', enum: PAYMENT_METHODS },
  notes: { type: 'string', maxLength: 2000 },
}

const place = {
  type: 'object',
  properties: {
    ...point.properties,
    address: { type: 'string' },
    contactName: nullable('string'),
    contactPhone: nullable('string', { description: 'E.164' }),
    windowStart: nullable('string', { format: 'date-time' }),
    windowEnd: nullable('string', { format: 'date-time' }),
  },
}

const schemas = {
  OrderStatus: {
    type: 'string',
    enum: ORDER_STATUSES,
    description: 'Lower-case wire value of the lifecycle state',
  },
  OrderAction: {
    type: 'string',
    enum: USER_ACTIONS,
    description: [
      'Something the caller may do on an order, each a route under /api/v1/orders/{id}:',
      'edit: PATCH; post: POST /post; addCargoPhoto: POST /cargo-photos; cancel: POST /cancel;',
      'bid: POST /bids, or PATCH and DELETE /bids/{bidId} for the carrier’s open bid;',
      'acceptBid: POST /accept-bid; assign and reassign: POST /assign (and GET /suggestions); unassign: POST /unassign;',
      `${Object.entries(DRIVER_STATUS_MOVES)
        .map(([status, move]) => `${move}: POST /status {"status":"${status}"}`)
        .join('; ')};`,
      'submitProof: POST /proof-of-delivery; confirmDelivery: POST /confirm-delivery; dispute: POST /dispute;',
      'resolveDispute and cancelDispute: POST /admin/disputes/{disputeId}/decision (a full refund cancels the order); rate: POST /rate.',
    ].join(' '),
  },
  Order: {
    type: 'object',
    required: ['allowedActions'],
    properties: {
      id: { type: 'integer' },
      status: ref('OrderStatus'),
      shipperId: { type: 'integer' },
      shipperOrganisationId: nullable('integer'),
      pickup: place,
      dropoff: place,
      cargo: {
        type: 'object',
        properties: {
          ...cargoInput.properties,
          volumeM3: nullable('number'),
          count: nullable('integer'),
          photoCount: {
            type: 'integer',
            description: 'Cargo photos (shipper, or driver at pickup)',
          },
          photoUrls: {
            type: 'array',
            items: { type: 'string' },
            description: 'GET each for the image',
          },
        },
      },
      requiredVehicleTypeId: nullable('integer'),
      priceAmount: nullable('integer', {
        description: "Minor units; the accepted bid's amount once assigned by bid",
      }),
      currency: { type: 'string', enum: CURRENCIES },
      openToBids: { type: 'boolean' },
      paymentMethod: { type: 'string', enum: PAYMENT_METHODS },
      notes: nullable('string'),
      assignedDriverId: nullable('integer'),
      assignedVehicleId: nullable('integer'),
      carrierOrganisationId: nullable('integer'),
      acceptedBidId: nullable('integer'),
      cancelReason: nullable('string'),
      postedAt: nullable('string', { format: 'date-time' }),
      assignedAt: nullable('string', { format: 'date-time' }),
      pickedUpAt: nullable('string', { format: 'date-time' }),
      deliveredAt: nullable('string', { format: 'date-time' }),
      completedAt: nullable('string', { format: 'date-time' }),
      cancelledAt: nullable('string', { format: 'date-time' }),
      createdAt: dateTime,
      updatedAt: dateTime,
      allowedActions: {
        type: 'array',
        items: ref('OrderAction'),
        description:
          'What the caller may do on this order now, given its state, the caller’s side and the facts that decide (a proof already given, a rating already left, a price for a carrier taking it): the same rules the routes apply (app/orders/order_state_machine.ts). Show buttons from this, not from the status.',
      },
      distanceM: {
        type: 'integer',
        description: 'Load board only: metres from `near` to the pickup (PostGIS)',
      },
    },
  },
  OrderPage: {
    type: 'object',
    properties: {
      data: { type: 'array', items: ref('Order') },
      meta: ref('OrderPageMeta'),
    },
  },
  OrderPageMeta: pageMeta,
  OrderEvent: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      orderId: { type: 'integer' },
      type: {
        type: 'string',
        description:
          'A transition (created, posted, bidding, assigned, reassigned, unassigned, pickup_pending, picked_up, in_transit, delivered, completed, auto_completed, cancelled, disputed, resolved), a bid fact (bid_placed, bid_withdrawn), proof_of_delivery, or a tracking fact (arrived_pickup, …)',
      },
      actorId: nullable('integer', { description: 'null: the system' }),
      position: { oneOf: [point, { type: 'null' }] },
      data: {
        type: 'object',
        description: 'from/to states and details (reason, bidId, driverId, …)',
      },
      createdAt: dateTime,
    },
  },
  RatingSummary: {
    type: 'object',
    properties: {
      average: nullable('number', { minimum: 1, maximum: 5 }),
      count: { type: 'integer' },
    },
  },
  Bid: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      orderId: { type: 'integer' },
      status: { type: 'string', enum: BID_STATUSES },
      amount: money,
      currency: { type: 'string', enum: CURRENCIES },
      estimatedPickupAt: dateTime,
      note: nullable('string'),
      carrierOrganisationId: { type: 'integer' },
      bidderId: { type: 'integer' },
      driverId: { type: 'integer' },
      vehicleId: { type: 'integer' },
      carrier: {
        type: 'object',
        description: 'In lists',
        properties: {
          id: { type: 'integer' },
          name: { type: 'string' },
          rating: ref('RatingSummary'),
        },
      },
      vehicle: {
        type: 'object',
        description: 'In lists',
        properties: {
          id: { type: 'integer' },
          plate: { type: 'string' },
          make: nullable('string'),
          model: nullable('string'),
          type: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              code: { type: 'string' },
              name: { type: 'string' },
              body: { type: 'string' },
            },
          },
          capacityKg: nullable('integer'),
        },
      },
      decidedAt: nullable('string', { format: 'date-time' }),
      createdAt: dateTime,
      updatedAt: dateTime,
    },
  },
  DispatchSuggestion: {
    type: 'object',
    properties: {
      driver: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          name: nullable('string'),
          phone: { type: 'string' },
        },
      },
      vehicle: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          plate: { type: 'string' },
          typeCode: { type: 'string' },
          capacityKg: { type: 'integer' },
        },
      },
      carrierOrganisationId: { type: 'integer' },
      distanceM: { type: 'integer' },
      locationSource: {
        type: 'string',
        enum: ['live', 'base'],
        description: "live: fresh on-duty GPS; base: the vehicle's base location",
      },
    },
  },
  ProofOfDelivery: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      orderId: { type: 'integer' },
      receiverName: { type: 'string' },
      receiverPhone: { type: 'string', description: 'E.164' },
      position: { oneOf: [point, { type: 'null' }] },
      deliveredAt: dateTime,
      submittedById: nullable('integer'),
      photoUrl: { type: 'string' },
      signatureUrl: { type: 'string' },
      createdAt: dateTime,
    },
  },
  Dispute: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      orderId: { type: 'integer' },
      status: { type: 'string', enum: ['open', 'resolved', 'cancelled'] },
      reason: { type: 'string', enum: DISPUTE_REASONS },
      decision: nullable('string', { enum: [...DISPUTE_DECISIONS, null] }),
      carrierAmount: nullable('integer', {
        description: 'The carrier’s share before commission, minor units',
      }),
      refundAmount: nullable('integer', { description: 'Refunded to the shipper, minor units' }),
      description: { type: 'string' },
      evidence: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            url: {
              type: 'string',
              description: 'Download (GET, authenticated)',
              example: '/api/v1/orders/12/dispute/evidence/0',
            },
            fileName: { type: 'string' },
            contentType: { type: 'string' },
            size: { type: 'integer' },
          },
        },
      },
      openedById: nullable('integer'),
      resolutionNote: nullable('string'),
      resolvedById: nullable('integer'),
      resolvedAt: nullable('string', { format: 'date-time' }),
      createdAt: dateTime,
    },
  },
  Rating: {
    type: 'object',
    properties: {
      id: { type: 'integer' },
      orderId: { type: 'integer' },
      direction: { type: 'string', enum: ['shipper_to_carrier', 'carrier_to_shipper'] },
      score: { type: 'integer', minimum: 1, maximum: 5 },
      comment: nullable('string'),
      ratedOrganisationId: nullable('integer'),
      ratedUserId: nullable('integer'),
      createdAt: dateTime,
    },
  },
}

const reasonBody = body({
  type: 'object',
  required: ['reason'],
  properties: { reason: { type: 'string', minLength: 3, maxLength: 500 } },
})
const orderResponse = (description: string) => ok(description, ref('Order'))

export const ordersOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'orders',
      description:
        'Freight marketplace. Lifecycle: draft → posted → bidding → assigned → pickup_pending → picked_up → in_transit → delivered → completed; cancelled from any state before picked_up; delivered → disputed → resolved | cancelled. Every transition is written to the timeline (GET /orders/{id}/events) and pushed to the Socket.IO room order:<id> as `order:event`.',
    },
  ],
  schemas,
  paths: {
    '/api/v1/orders': {
      get: secured({
        summary: 'Own orders, or the load board with ?near=',
        description:
          "Without `near`: shippers see their organisation's orders, carrier dispatchers the orders assigned to their carrier, drivers the orders assigned to them, platform dispatchers and admins all. With `near` (drivers, carriers, platform staff): posted and bidding orders whose pickup is within `radiusKm`, nearest first with `distanceM`.",
        parameters: [
          query(
            'near',
            { type: 'string', example: '14.6928,-17.4467' },
            '"lat,lng": switches to the load board'
          ),
          query(
            'radiusKm',
            { type: 'number', minimum: 0.1, maximum: 2000, default: 50 },
            'Load board radius'
          ),
          query(
            'vehicleType',
            { type: 'string', example: 'flatbed_10t' },
            'Vehicle type id or code: orders requiring it or no type'
          ),
          query(
            'minCapacityKg',
            { type: 'integer', minimum: 0 },
            'The capacity you have: only cargo weighing at most this'
          ),
          query('status', { type: 'string', enum: ORDER_STATUSES }, 'Own orders only'),
          query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page'),
          query('perPage', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Page size'),
        ],
        responses: {
          200: ok('A page of orders', ref('OrderPage')),
          401: e401,
          403: error(
            'E_AUTHORIZATION_FAILURE: the load board is for drivers, carriers and platform staff'
          ),
          422: error('E_VALIDATION: near is not "lat,lng" within range, unknown vehicleType, …'),
        },
      }),
      post: secured({
        summary: 'Create a draft (shippers)',
        requestBody: body({
          type: 'object',
          required: ['pickup', 'dropoff', 'cargo', 'currency', 'paymentMethod'],
          properties: orderInputProperties,
        }),
        responses: {
          201: orderResponse('The draft'),
          401: e401,
          403: error('E_AUTHORIZATION_FAILURE: only shippers create orders'),
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}': {
      get: secured({
        summary: 'Read an order',
        parameters: [orderId],
        responses: { 200: orderResponse('The order'), 401: e401, 404: e404 },
      }),
      patch: secured({
        summary: 'Edit a draft (shipper side); a place or cargo given replaces the whole object',
        parameters: [orderId],
        requestBody: body({ type: 'object', properties: orderInputProperties }),
        responses: {
          200: orderResponse('The draft'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/post': {
      post: secured({
        summary: 'Publish a draft to the load board (draft → posted)',
        parameters: [orderId],
        responses: {
          200: orderResponse('Posted'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
        },
      }),
    },
    '/api/v1/orders/{id}/cancel': {
      post: secured({
        summary:
          'Cancel before pickup (shipper side, platform dispatchers, admins); open bids are rejected',
        parameters: [orderId],
        requestBody: reasonBody,
        responses: {
          200: orderResponse('Cancelled'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/cargo-photos': {
      post: secured({
        summary: 'Add a cargo photo (shipper side, before assignment; at most 6)',
        parameters: [orderId],
        requestBody: multipart({
          type: 'object',
          required: ['photo'],
          properties: { photo: { type: 'string', format: 'binary', description: fileRules } },
        }),
        responses: {
          201: orderResponse('The order with its photo URLs'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: error('E_VALIDATION (size, type, too many photos), E_INVALID_FILE; nothing stored'),
        },
      }),
    },
    '/api/v1/orders/{id}/cargo-photos/{index}': {
      get: secured({
        summary: 'A cargo photo (anyone who may see the order)',
        parameters: [
          orderId,
          { name: 'index', in: 'path', required: true, schema: { type: 'integer', minimum: 0 } },
        ],
        responses: {
          200: {
            description: 'The image',
            content: { 'image/png': {}, 'image/jpeg': {}, 'image/webp': {} },
          },
          401: e401,
          404: e404,
        },
      }),
    },
    '/api/v1/orders/{id}/events': {
      get: secured({
        summary: 'The timeline, oldest first',
        parameters: [orderId],
        responses: {
          200: ok('Events', {
            type: 'object',
            properties: { data: { type: 'array', items: ref('OrderEvent') } },
          }),
          401: e401,
          404: e404,
        },
      }),
    },
    '/api/v1/bids': {
      get: secured({
        summary:
          "Your carrier's bids on every order, newest first (drivers and dispatchers of a carrier)",
        parameters: [
          query('status', { type: 'string', enum: BID_STATUSES }, 'Only bids in this status'),
          query('page', { type: 'integer', minimum: 1, default: 1 }, 'Page'),
          query('perPage', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Page size'),
        ],
        responses: {
          200: ok('A page of bids', {
            type: 'object',
            properties: { data: { type: 'array', items: ref('Bid') }, meta: ref('OrderPageMeta') },
          }),
          401: e401,
          403: error('E_AUTHORIZATION_FAILURE: only carriers bid'),
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/bids': {
      get: secured({
        summary:
          'Bids: all with carrier rating and vehicle for the shipper side and platform staff; only its own for a carrier',
        parameters: [orderId],
        responses: {
          200: ok('Bids, cheapest first', {
            type: 'object',
            properties: { data: { type: 'array', items: ref('Bid') } },
          }),
          401: e401,
          404: e404,
        },
      }),
      post: secured({
        summary:
          'Bid (drivers and dispatchers of a carrier). One open bid per carrier per order: a second is 409 E_BID_EXISTS — PATCH it instead. The first bid moves posted → bidding.',
        parameters: [orderId],
        requestBody: body({
          type: 'object',
          required: ['amount', 'currency', 'vehicleId', 'estimatedPickupAt'],
          properties: {
            amount: money,
            currency: {
              type: 'string',
              enum: CURRENCIES,
              description: "Must be the order's currency (else 422 E_CURRENCY_MISMATCH)",
            },
            vehicleId: {
              type: 'integer',
              description: 'A vehicle of your carrier that fits the cargo and has valid papers',
            },
            driverId: {
              type: 'integer',
              description: "Default: the bidding driver, or the vehicle's driver",
            },
            estimatedPickupAt: dateTime,
            note: { type: 'string', maxLength: 1000 },
          },
        }),
        responses: {
          201: ok('The bid', ref('Bid')),
          401: e401,
          403: error('E_AUTHORIZATION_FAILURE: only carriers bid'),
          404: e404,
          409: error(
            'E_INVALID_STATE (order not posted/bidding), E_BID_EXISTS, E_VEHICLE_NOT_ELIGIBLE (missing/expired papers, reasons in the message)'
          ),
          422: error(
            'E_VALIDATION, E_CURRENCY_MISMATCH (field currency), E_VEHICLE_UNSUITABLE (type, capacity or refrigeration; field vehicleId)'
          ),
        },
      }),
    },
    '/api/v1/orders/{id}/bids/{bidId}': {
      patch: secured({
        summary: 'Update your open bid while the order is open',
        parameters: [orderId, bidId],
        requestBody: body({
          type: 'object',
          properties: {
            amount: money,
            currency: { type: 'string', enum: CURRENCIES },
            vehicleId: { type: 'integer' },
            driverId: { type: 'integer' },
            estimatedPickupAt: dateTime,
            note: nullable('string', { maxLength: 1000 }),
          },
        }),
        responses: {
          200: ok('The bid', ref('Bid')),
          401: e401,
          403: e403,
          404: e404,
          409: error('E_INVALID_STATE, E_BID_NOT_OPEN, E_VEHICLE_NOT_ELIGIBLE'),
          422: e422,
        },
      }),
      delete: secured({
        summary: 'Withdraw your open bid',
        parameters: [orderId, bidId],
        responses: {
          200: ok('The withdrawn bid', ref('Bid')),
          401: e401,
          403: e403,
          404: e404,
          409: error('E_BID_NOT_OPEN'),
        },
      }),
    },
    '/api/v1/orders/{id}/accept-bid': {
      post: secured({
        summary:
          "Accept a bid (shipper side, platform staff): assigns the bid's driver and vehicle at its price and rejects the other bids. Of two simultaneous accepts exactly one wins; the other gets 409.",
        parameters: [orderId],
        requestBody: body({
          type: 'object',
          required: ['bidId'],
          properties: { bidId: { type: 'integer' } },
        }),
        responses: {
          200: orderResponse('Assigned'),
          401: e401,
          403: e403,
          404: e404,
          409: error(
            'E_INVALID_STATE (already assigned, …), E_BID_NOT_OPEN, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_BUSY'
          ),
        },
      }),
    },
    '/api/v1/orders/{id}/assign': {
      post: secured({
        summary: 'Dispatcher assignment: posted/bidding → assigned, or reassign before pickup',
        description:
          "Platform dispatchers and admins use any carrier's crew; a carrier's dispatcher uses its own fleet and takes a posted order only at its offered price (409 E_PRICE_REQUIRED otherwise). Open bids are rejected.",
        parameters: [orderId],
        requestBody: body({
          type: 'object',
          required: ['driverId', 'vehicleId'],
          properties: { driverId: { type: 'integer' }, vehicleId: { type: 'integer' } },
        }),
        responses: {
          200: orderResponse('Assigned'),
          401: e401,
          403: e403,
          404: e404,
          409: error(
            'E_INVALID_STATE (picked up or later), E_PRICE_REQUIRED, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_BUSY'
          ),
          422: error(
            'E_VALIDATION (vehicle not in the fleet, driver not of that carrier), E_VEHICLE_UNSUITABLE'
          ),
        },
      }),
    },
    '/api/v1/orders/{id}/unassign': {
      post: secured({
        summary:
          "Unassign before pickup with a reason (the carrier's dispatchers, platform staff): back to posted",
        parameters: [orderId],
        requestBody: reasonBody,
        responses: {
          200: orderResponse('Posted again'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/suggestions': {
      get: secured({
        summary:
          'Nearest free, eligible crews whose vehicle fits the cargo, by PostGIS distance from the pickup',
        description:
          "Platform staff see every carrier; a carrier's dispatcher its own fleet. Location: the driver's fresh on-duty GPS position, else the vehicle's base.",
        parameters: [
          orderId,
          query(
            'radiusKm',
            { type: 'number', minimum: 1, maximum: 2000, default: 200 },
            'Search radius'
          ),
          query('limit', { type: 'integer', minimum: 1, maximum: 50, default: 10 }, 'How many'),
        ],
        responses: {
          200: ok('Suggestions, nearest first', {
            type: 'object',
            properties: { data: { type: 'array', items: ref('DispatchSuggestion') } },
          }),
          401: e401,
          403: e403,
          404: e404,
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/status': {
      post: secured({
        summary:
          "The driver's moves: assigned → pickup_pending → picked_up → in_transit → delivered",
        description:
          "JSON, or multipart with a cargo `photo` at picked_up (then `position[lat]`, `position[lng]` as fields). The carrier's dispatchers and platform dispatchers may only set pickup_pending.",
        parameters: [orderId],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['status'],
                properties: {
                  status: { type: 'string', enum: Object.keys(DRIVER_STATUS_MOVES) },
                  position: point,
                },
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['status'],
                properties: {
                  'status': { type: 'string', enum: ['picked_up'] },
                  'position[lat]': { type: 'number' },
                  'position[lng]': { type: 'number' },
                  'photo': { type: 'string', format: 'binary', description: fileRules },
                },
              },
            },
          },
        },
        responses: {
          200: orderResponse('Moved'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: e422,
        },
      }),
    },
    '/api/v1/orders/{id}/proof-of-delivery': {
      post: secured({
        summary:
          'Proof of delivery (the assigned driver): in transit it also marks the order delivered',
        parameters: [orderId],
        requestBody: multipart({
          type: 'object',
          required: ['photo', 'signature', 'receiverName', 'receiverPhone'],
          properties: {
            photo: { type: 'string', format: 'binary', description: fileRules },
            signature: { type: 'string', format: 'binary', description: fileRules },
            receiverName: { type: 'string', minLength: 2, maxLength: 120 },
            receiverPhone: { type: 'string', description: 'Stored as E.164' },
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lng: { type: 'number', minimum: -180, maximum: 180 },
            deliveredAt: {
              ...dateTime,
              description: 'When the goods changed hands (default now; not in the future)',
            },
          },
        }),
        responses: {
          201: ok('Delivered', {
            type: 'object',
            properties: { order: ref('Order'), proofOfDelivery: ref('ProofOfDelivery') },
          }),
          401: e401,
          403: e403,
          404: e404,
          409: error('E_INVALID_STATE (not in transit or delivered), E_POD_EXISTS'),
          413: error('E_PAYLOAD_TOO_LARGE: the whole body is too large'),
          422: error(
            'E_VALIDATION (missing field, file too large or not an image), E_INVALID_FILE (content is not an image)'
          ),
        },
      }),
      get: secured({
        summary: 'The proof of delivery (parties to the order and platform staff)',
        parameters: [orderId],
        responses: {
          200: ok('Proof', ref('ProofOfDelivery')),
          401: e401,
          403: e403,
          404: error('E_NOT_FOUND: no such order, not yours, or no proof yet'),
        },
      }),
    },
    '/api/v1/orders/{id}/proof-of-delivery/{file}': {
      get: secured({
        summary: 'The photo or signature image',
        parameters: [
          orderId,
          {
            name: 'file',
            in: 'path',
            required: true,
            schema: { type: 'string', enum: ['photo', 'signature'] },
          },
        ],
        responses: {
          200: {
            description: 'The image',
            content: { 'image/png': {}, 'image/jpeg': {}, 'image/webp': {} },
          },
          401: e401,
          403: e403,
          404: e404,
        },
      }),
    },
    '/api/v1/orders/{id}/confirm-delivery': {
      post: secured({
        summary:
          'The shipper confirms delivery (delivered → completed). Unanswered deliveries with proof complete by themselves after AUTO_COMPLETE_AFTER_HOURS.',
        parameters: [orderId],
        responses: {
          200: orderResponse('Completed'),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
        },
      }),
    },
    '/api/v1/orders/{id}/dispute': {
      post: secured({
        summary: 'The shipper disputes a delivery (delivered → disputed), with evidence files',
        parameters: [orderId],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['reason', 'description'],
                properties: {
                  reason: { type: 'string', enum: DISPUTE_REASONS },
                  description: { type: 'string', minLength: 10, maxLength: 4000 },
                  evidence: {
                    type: 'array',
                    maxItems: 5,
                    items: { type: 'string', format: 'binary' },
                    description: 'Images or PDF, 5 MB each',
                  },
                },
              },
            },
            'application/json': {
              schema: {
                type: 'object',
                required: ['reason', 'description'],
                properties: {
                  reason: { type: 'string', enum: DISPUTE_REASONS },
                  description: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          201: ok('Disputed', {
            type: 'object',
            properties: { order: ref('Order'), dispute: ref('Dispute') },
          }),
          401: e401,
          403: e403,
          404: e404,
          409: e409State,
          422: error('E_VALIDATION, E_INVALID_FILE; nothing stored'),
        },
      }),
      get: secured({
        summary: 'The latest dispute of the order',
        parameters: [orderId],
        responses: { 200: ok('Dispute', ref('Dispute')), 401: e401, 404: e404 },
      }),
    },
    '/api/v1/orders/{id}/dispute/evidence/{index}': {
      get: secured({
        summary:
          'One evidence file of the latest dispute (the parties to the order and platform staff). Served as its bytes say: images inline, anything else (PDF) as an attachment, sandboxed',
        parameters: [
          orderId,
          {
            name: 'index',
            in: 'path',
            required: true,
            schema: { type: 'integer', minimum: 0, maximum: 4 },
          },
        ],
        responses: {
          200: {
            description: 'The file',
            content: {
              'image/png': {},
              'image/jpeg': {},
              'image/webp': {},
              'application/pdf': {},
            },
          },
          401: e401,
          403: e403,
          404: e404,
          422: error('E_VALIDATION'),
        },
      }),
    },
    '/api/v1/orders/{id}/rate': {
      post: secured({
        summary:
          'Rate the other side once the order is completed (or resolved): the shipper rates the carrier, the carrier (dispatcher or driver) rates the shipper',
        parameters: [orderId],
        requestBody: body({
          type: 'object',
          required: ['score'],
          properties: {
            score: { type: 'integer', minimum: 1, maximum: 5 },
            comment: { type: 'string', maxLength: 1000 },
          },
        }),
        responses: {
          201: ok('The rating', ref('Rating')),
          401: e401,
          403: e403,
          404: e404,
          409: error(
            'E_INVALID_STATE (not completed yet), E_ALREADY_RATED (your side rated this order)'
          ),
          422: e422,
        },
      }),
    },
    '/api/v1/ratings/organisations/{id}': {
      get: secured({
        summary: "An organisation's profile rating: average, count and the latest comments",
        parameters: [orderId],
        responses: {
          200: ok('Rating', {
            type: 'object',
            properties: {
              organisationId: { type: 'integer' },
              average: nullable('number'),
              count: { type: 'integer' },
              recent: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    score: { type: 'integer' },
                    comment: nullable('string'),
                    direction: { type: 'string' },
                    createdAt: dateTime,
                  },
                },
              },
            },
          }),
          401: e401,
          422: e422,
        },
      }),
    },
    '/api/v1/ratings/users/{id}': {
      get: secured({
        summary: "A user's rating (shippers without an organisation, drivers)",
        parameters: [orderId],
        responses: {
          200: ok('Rating', {
            type: 'object',
            properties: {
              userId: { type: 'integer' },
              average: nullable('number'),
              count: { type: 'integer' },
            },
          }),
          401: e401,
          422: e422,
        },
      }),
    },
  },
}

const e403Admins = 'E_AUTHORIZATION_FAILURE: admins only'

/** The console's disputes (generated contract: validators and transformers). */
export const disputesApi: ApiDescription = {
  tag: {
    name: 'disputes',
    description:
      'The operator console’s disputes: the queue, a case with its evidence and what escrow holds, and the decision that moves the escrow through the ledger once. Admins only.',
  },
  operations: {
    'GET /api/v1/admin/disputes': {
      summary: 'Disputes, open ones oldest first (decided ones newest first)',
      request: listDisputesValidator,
      responses: {
        200: { description: 'A page of disputes', body: pageSchema(disputeCaseSchema) },
        401: signInNeeded,
        403: e403Admins,
        422: 'E_VALIDATION: unknown status, or a page out of range',
      },
    },
    'GET /api/v1/admin/disputes/:id': {
      summary: 'A dispute with its order, parties, evidence and what escrow holds now',
      request: disputeIdValidator,
      responses: {
        200: { description: 'The case', body: disputeCaseDetailsSchema },
        401: signInNeeded,
        403: e403Admins,
        404: 'E_NOT_FOUND: no such dispute',
        422: 'E_VALIDATION',
      },
    },
    'POST /api/v1/admin/disputes/:id/decision': {
      summary: 'Decide an open dispute: pay the carrier, refund the shipper, or split',
      description:
        'The escrow moves through the ledger in the same transaction as the order’s move, the dispute’s record and one audit row (`dispute.resolved`): `pay_carrier` gives it all to the carrier less the commission and resolves the order; `refund_shipper` makes it all a refund payable to the shipper and cancels the order; `split` gives `carrierAmount` (minor units, more than 0 and less than what escrow holds) to the carrier, less the commission on it, and refunds the rest. A cash order can only be decided for the carrier (the platform holds nothing). Both parties are told in their language. A second decision is 409 and moves nothing.',
      request: disputeDecisionValidator,
      responses: {
        200: { description: 'The decided case', body: disputeCaseDetailsSchema },
        401: signInNeeded,
        403: e403Admins,
        404: 'E_NOT_FOUND: no such dispute',
        409: 'E_DISPUTE_DECIDED: already decided · E_CASH_ORDER: paid in cash, nothing to refund · E_NOTHING_IN_ESCROW · E_INVALID_STATE',
        422: 'E_VALIDATION: unknown decision, a split without carrierAmount, a note shorter than 3 · E_SPLIT_OUT_OF_RANGE: the carrier’s share is not between 0 and what escrow holds',
      },
    },
  },
}
