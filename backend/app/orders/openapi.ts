import type { ApiDescription } from '#core/contract/api_description'
import { listSchema, pageSchema, z } from '#core/contract/response_schema'
import { recentSignInRequired, storedFile, unauthorized } from '#core/contract/words'
import {
  disputeSchema,
  orderEventSchema,
  orderSchema,
  proofOfDeliverySchema,
} from '#orders/transformers/order_transformer'
import { bidSchema } from '#orders/transformers/bid_transformer'
import { orderCrewSchema } from '#orders/transformers/order_crew_transformer'
import {
  organisationRatingSchema,
  ratingSchema,
  userRatingSchema,
} from '#orders/transformers/rating_transformer'
import { dispatchSuggestionSchema } from '#orders/transformers/dispatch_suggestion_transformer'
import {
  disputeCaseDetailsSchema,
  disputeCaseSchema,
} from '#orders/transformers/dispute_case_transformer'
import {
  disputeDecisionValidator,
  disputeIdValidator,
  listDisputesValidator,
} from '#orders/validators/dispute_case'
import {
  cargoPhotoFileValidator,
  cargoPhotoValidator,
  createOrderValidator,
  listOrdersValidator,
  orderIdValidator,
  reasonValidator,
  statusValidator,
  updateOrderValidator,
} from '#orders/validators/order'
import {
  acceptBidValidator,
  bidIdValidator,
  createBidValidator,
  listOwnBidsValidator,
  updateBidValidator,
} from '#orders/validators/bid'
import { assignValidator, suggestionsValidator } from '#orders/validators/dispatch'
import {
  disputeValidator,
  evidenceFileValidator,
  proofFileValidator,
  proofOfDeliveryValidator,
  rateValidator,
  ratingProfileValidator,
} from '#orders/validators/delivery'

const e403 = 'E_AUTHORIZATION_FAILURE: you can see the order but your role or side may not do this'
const e404 =
  "E_NOT_FOUND: no such order (or bid), or one you may not see: another shipper's order, another carrier's bid (not revealed)"
const e409State =
  'E_INVALID_STATE: the order\'s current state forbids this; the message names it (e.g. "Order 12 is assigned; …")'
const e422 =
  'E_VALIDATION: a field is missing, out of range or malformed (`field` names it); nothing was written'
const fileRules =
  'Images (JPEG, PNG, WebP) of at most 5 MB. The bytes decide, not the name: anything else is 422 (E_VALIDATION or E_INVALID_FILE) and nothing is stored.'
const image = (description: string) => ({
  description,
  content: storedFile(['image/png', 'image/jpeg', 'image/webp']),
})
const order = (description: string) => ({ description, body: orderSchema })

export const ordersApi: ApiDescription = {
  tag: {
    name: 'orders',
    description:
      'Freight marketplace. Lifecycle: draft → posted → bidding → assigned → pickup_pending → picked_up → in_transit → delivered → completed; cancelled from any state before picked_up; delivered → disputed → resolved | cancelled. Every transition is written to the timeline (GET /orders/{id}/events) and pushed to the Socket.IO room order:<id> as `order:event`.',
  },
  operations: {
    'GET /api/v1/orders': {
      summary: 'Own orders, or the load board with ?near=',
      description:
        "Without `near`: shippers see their organisation's orders, carrier dispatchers the orders assigned to their carrier, drivers the orders assigned to them, platform dispatchers and admins all. With `near` (drivers, carriers, platform staff): posted and bidding orders whose pickup is within `radiusKm` (default 50), nearest first with `distanceM`. `vehicleType` (an id or code) keeps orders requiring it or no type; `minCapacityKg` keeps cargo weighing at most that; `status` filters own orders.",
      request: listOrdersValidator,
      responses: {
        200: { description: 'A page of orders', body: pageSchema(orderSchema) },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: the load board is for drivers, carriers and platform staff',
        422: 'E_VALIDATION: near is not "lat,lng" within range, unknown vehicleType, …',
      },
    },
    'POST /api/v1/orders': {
      summary: 'Create a draft (shippers)',
      description:
        'Prices are in the minor unit of the currency (XOF has none, KES has cents). Leave `priceAmount` out with `openToBids` (the default then) to let carriers name the price.',
      request: createOrderValidator,
      responses: {
        201: order('The draft'),
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only shippers create orders',
        422: e422,
      },
    },
    'GET /api/v1/orders/:id': {
      summary: 'Read an order',
      request: orderIdValidator,
      responses: { 200: order('The order'), 401: unauthorized, 404: e404, 422: e422 },
    },
    'PATCH /api/v1/orders/:id': {
      summary: 'Edit a draft (shipper side); a place or cargo given replaces the whole object',
      description: 'null clears the price, the vehicle type or the notes.',
      request: updateOrderValidator,
      responses: {
        200: order('The draft'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/post': {
      summary: 'Publish a draft to the load board (draft → posted)',
      request: orderIdValidator,
      responses: {
        200: order('Posted'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/cancel': {
      summary:
        'Cancel before pickup (shipper side, platform dispatchers, admins); open bids are rejected',
      request: reasonValidator,
      responses: {
        200: order('Cancelled'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/events': {
      summary: 'The timeline, oldest first',
      description: "A carrier reads only its own crews' periods of the order.",
      request: orderIdValidator,
      responses: {
        200: { description: 'Events', body: listSchema(orderEventSchema) },
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/crew': {
      summary: 'Who is coming: the driver, the truck and the carrier with its rating',
      description:
        "The order's parties once a carrier has it. The driver's phone is given to the shipper side and to those who run the job from assignment until delivery, so they can call; to others, and before or after, it is null.",
      request: orderIdValidator,
      responses: {
        200: { description: 'The crew', body: orderCrewSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/crew/photo': {
      summary: "The driver's photo",
      description:
        'For exactly those who may read the crew (the shipper side, the crew and those who run it, platform dispatchers, admins), once a carrier has the order.',
      request: orderIdValidator,
      responses: {
        200: image('The image'),
        401: unauthorized,
        403: e403,
        404: `${e404}; or the driver has no photo`,
        409: e409State,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/cargo-photos': {
      summary: 'Add a cargo photo (shipper side, before assignment; at most 6)',
      description: fileRules,
      request: cargoPhotoValidator,
      responses: {
        201: order('The order with its photo URLs'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        413: 'E_PAYLOAD_TOO_LARGE: the whole body is too large',
        415: 'E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data',
        422: 'E_VALIDATION (size, type, too many photos), E_INVALID_FILE; nothing stored',
      },
    },
    'GET /api/v1/orders/:id/cargo-photos/:index': {
      summary: 'A cargo photo (anyone who may see the order)',
      request: cargoPhotoFileValidator,
      responses: {
        200: image('The image'),
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'GET /api/v1/bids': {
      summary:
        "Your carrier's bids on every order, newest first (drivers and dispatchers of a carrier)",
      request: listOwnBidsValidator,
      responses: {
        200: { description: 'A page of bids', body: pageSchema(bidSchema) },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only carriers bid',
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/bids': {
      summary:
        'Bids: all with carrier rating and vehicle for the shipper side and platform staff; only its own for a carrier',
      request: orderIdValidator,
      responses: {
        200: { description: 'Bids, cheapest first', body: listSchema(bidSchema) },
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/bids': {
      summary:
        'Bid (drivers and dispatchers of a carrier). One open bid per carrier per order: a second is 409 E_BID_EXISTS — PATCH it instead. The first bid moves posted → bidding.',
      description:
        "`amount` in the minor unit of `currency`, which must be the order's (else 422 E_CURRENCY_MISMATCH). `vehicleId`: a vehicle of your carrier that fits the cargo and has valid papers; `driverId` defaults to the bidding driver, or the vehicle's driver.",
      request: createBidValidator,
      responses: {
        201: { description: 'The bid', body: bidSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only carriers bid',
        404: e404,
        409: 'E_INVALID_STATE (order not posted/bidding), E_BID_EXISTS, E_VEHICLE_NOT_ELIGIBLE (missing/expired papers, reasons in the message), E_DRIVER_SUSPENDED (the driver is suspended by an admin)',
        422: 'E_VALIDATION, E_CURRENCY_MISMATCH (field currency), E_VEHICLE_UNSUITABLE (type, capacity or refrigeration; field vehicleId)',
      },
    },
    'PATCH /api/v1/orders/:id/bids/:bidId': {
      summary: 'Update your open bid while the order is open',
      request: updateBidValidator,
      responses: {
        200: { description: 'The bid', body: bidSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE, E_BID_NOT_OPEN, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED',
        422: e422,
      },
    },
    'DELETE /api/v1/orders/:id/bids/:bidId': {
      summary: 'Withdraw your open bid',
      request: bidIdValidator,
      responses: {
        200: { description: 'The withdrawn bid', body: bidSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_BID_NOT_OPEN',
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/accept-bid': {
      summary:
        "Accept a bid (shipper side, platform staff): assigns the bid's driver and vehicle at its price and rejects the other bids. Of two simultaneous accepts exactly one wins; the other gets 409.",
      request: acceptBidValidator,
      responses: {
        200: order('Assigned'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE (already assigned, …), E_BID_NOT_OPEN, E_BIDDER_SUSPENDED (who placed the bid is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED, E_DRIVER_BUSY',
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/assign': {
      summary: 'Dispatcher assignment: posted/bidding → assigned, or reassign before pickup',
      description:
        "Platform dispatchers and admins use any carrier's crew; a carrier's dispatcher uses its own fleet and takes a posted order only at its offered price (409 E_PRICE_REQUIRED otherwise). Open bids are rejected.",
      request: assignValidator,
      responses: {
        200: order('Assigned'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE (picked up or later), E_PRICE_REQUIRED, E_VEHICLE_NOT_ELIGIBLE, E_DRIVER_SUSPENDED, E_DRIVER_BUSY',
        422: 'E_VALIDATION (vehicle not in the fleet, driver not of that carrier), E_VEHICLE_UNSUITABLE',
      },
    },
    'POST /api/v1/orders/:id/unassign': {
      summary:
        "Unassign before pickup with a reason (the carrier's dispatchers, platform staff): back to posted",
      request: reasonValidator,
      responses: {
        200: order('Posted again'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/suggestions': {
      summary:
        'Nearest free, eligible crews whose vehicle fits the cargo, by PostGIS distance from the pickup',
      description:
        "Platform staff see every carrier; a carrier's dispatcher its own fleet. Location: the driver's fresh on-duty GPS position, else the vehicle's base. `radiusKm` defaults to 200, `limit` to 10.",
      request: suggestionsValidator,
      responses: {
        200: {
          description: 'Suggestions, nearest first',
          body: listSchema(dispatchSuggestionSchema),
        },
        401: unauthorized,
        403: e403,
        404: e404,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/status': {
      summary: "The driver's moves: assigned → pickup_pending → picked_up → in_transit → delivered",
      description: `JSON, or multipart with a cargo \`photo\` at picked_up (then \`position[lat]\`, \`position[lng]\` as fields). The carrier's dispatchers and platform dispatchers may only set pickup_pending. ${fileRules}`,
      request: statusValidator,
      responses: {
        200: order('Moved'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: `${e409State}; E_NOT_PAID: picked up only once paid, unless cash on delivery`,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/proof-of-delivery': {
      summary:
        'Proof of delivery (the assigned driver): in transit it also marks the order delivered',
      description: `\`deliveredAt\`: when the goods changed hands (default now; not in the future). ${fileRules}`,
      request: [orderIdValidator, proofOfDeliveryValidator],
      responses: {
        201: {
          description: 'Delivered',
          body: z.object({ order: orderSchema, proofOfDelivery: proofOfDeliverySchema }),
        },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE (not in transit or delivered), E_POD_EXISTS',
        413: 'E_PAYLOAD_TOO_LARGE: the whole body is too large',
        415: 'E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data',
        422: 'E_VALIDATION (missing field, file too large or not an image), E_INVALID_FILE (content is not an image)',
      },
    },
    'GET /api/v1/orders/:id/proof-of-delivery': {
      summary: 'The proof of delivery (parties to the order and platform staff)',
      request: orderIdValidator,
      responses: {
        200: { description: 'Proof', body: proofOfDeliverySchema },
        401: unauthorized,
        403: e403,
        404: 'E_NOT_FOUND: no such order, not yours, or no proof yet',
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/proof-of-delivery/:file': {
      summary: 'The photo or signature image',
      request: proofFileValidator,
      responses: {
        200: image('The image'),
        401: unauthorized,
        403: e403,
        404: e404,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/confirm-delivery': {
      summary:
        'The shipper confirms delivery (delivered → completed). Unanswered deliveries with proof complete by themselves after AUTO_COMPLETE_AFTER_HOURS.',
      request: orderIdValidator,
      responses: {
        200: order('Completed'),
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/dispute': {
      summary: 'The shipper disputes a delivery (delivered → disputed), with evidence files',
      description:
        'Multipart with up to 5 `evidence` files (images or PDF, 5 MB each), or JSON without files.',
      request: disputeValidator,
      responses: {
        201: {
          description: 'Disputed',
          body: z.object({ order: orderSchema, dispute: disputeSchema }),
        },
        401: unauthorized,
        403: e403,
        404: e404,
        409: e409State,
        413: 'E_PAYLOAD_TOO_LARGE: the whole body is too large',
        422: 'E_VALIDATION, E_INVALID_FILE; nothing stored',
      },
    },
    'GET /api/v1/orders/:id/dispute': {
      summary: 'The latest dispute of the order',
      request: orderIdValidator,
      responses: {
        200: { description: 'Dispute', body: disputeSchema },
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'GET /api/v1/orders/:id/dispute/evidence/:index': {
      summary:
        'One evidence file of the latest dispute (the parties to the order and platform staff). Served as its bytes say: images inline, anything else (PDF) as an attachment, sandboxed',
      request: evidenceFileValidator,
      responses: {
        200: {
          description: 'The file',
          content: storedFile(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']),
        },
        401: unauthorized,
        403: e403,
        404: e404,
        422: e422,
      },
    },
    'POST /api/v1/orders/:id/rate': {
      summary:
        'Rate the other side once the order is completed (or resolved): the shipper rates the carrier, the carrier (dispatcher or driver) rates the shipper',
      request: rateValidator,
      responses: {
        201: { description: 'The rating', body: ratingSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE (not completed yet), E_ALREADY_RATED (your side rated this order)',
        422: e422,
      },
    },
    'GET /api/v1/ratings/organisations/:id': {
      summary: "An organisation's profile rating: average, count and the latest comments",
      request: ratingProfileValidator,
      responses: {
        200: { description: 'Rating', body: organisationRatingSchema },
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/ratings/users/:id': {
      summary: "A user's rating (shippers without an organisation, drivers)",
      request: ratingProfileValidator,
      responses: {
        200: { description: 'Rating', body: userRatingSchema },
        401: unauthorized,
        422: e422,
      },
    },
  },
}

const e403Admins = 'E_AUTHORIZATION_FAILURE: admins only'
const e403Staff = 'E_AUTHORIZATION_FAILURE: admins and platform dispatchers only'

/** The console's disputes (generated contract: validators and transformers). */
export const disputesApi: ApiDescription = {
  tag: {
    name: 'disputes',
    description:
      'The operator console’s disputes: the queue, a case with its evidence and what escrow holds, and the decision that moves the escrow through the ledger once. Admins decide; platform dispatchers read the queue and the cases.',
  },
  operations: {
    'GET /api/v1/admin/disputes': {
      summary:
        'Disputes, open ones oldest first (decided ones newest first); admins and platform dispatchers',
      request: listDisputesValidator,
      responses: {
        200: { description: 'A page of disputes', body: pageSchema(disputeCaseSchema) },
        401: unauthorized,
        403: e403Staff,
        422: 'E_VALIDATION: unknown status, or a page out of range',
      },
    },
    'GET /api/v1/admin/disputes/:id': {
      summary:
        'A dispute with its order, parties, evidence and what escrow holds now; admins and platform dispatchers',
      request: disputeIdValidator,
      responses: {
        200: { description: 'The case', body: disputeCaseDetailsSchema },
        401: unauthorized,
        403: e403Staff,
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
        401: unauthorized,
        403: `${e403Admins} · ${recentSignInRequired}`,
        404: 'E_NOT_FOUND: no such dispute',
        409: 'E_DISPUTE_DECIDED: already decided · E_CASH_ORDER: paid in cash, nothing to refund · E_NOTHING_IN_ESCROW · E_INVALID_STATE',
        422: 'E_VALIDATION: unknown decision, a split without carrierAmount, a note shorter than 3 · E_SPLIT_OUT_OF_RANGE: the carrier’s share is not between 0 and what escrow holds',
      },
    },
  },
}
