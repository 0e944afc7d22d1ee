import type { ApiDescription } from '#core/contract/api_description'
import { listSchema, pageSchema, z } from '#core/contract/response_schema'
import { recentSignInRequired, unauthorized } from '#core/contract/words'
import {
  collectionCentreSchema,
  collectionRouteSchema,
  routeRunSchema,
  cooperativeSchema,
} from '#collections/transformers/cooperative_transformer'
import { farmerSchema } from '#collections/transformers/farmer_transformer'
import {
  collectionSyncResultSchema,
  milkCollectionSchema,
} from '#collections/transformers/collection_transformer'
import {
  farmerAdjustmentSchema,
  farmerStatementSchema,
  rateChartSchema,
  routeIntakeSchema,
  statementSmsSchema,
} from '#collections/transformers/statement_transformer'
import {
  collectionsDashboardSchema,
  varianceSchema,
} from '#collections/transformers/report_transformer'
import {
  payoutRunDetailSchema,
  payoutRunSchema,
} from '#collections/transformers/payout_run_transformer'
import {
  prepareRunValidator,
  retryRunLineValidator,
  runIdValidator,
} from '#collections/validators/payout_run'
import {
  cooperativeIdValidator,
  createCentreValidator,
  createCooperativeValidator,
  createRouteValidator,
  routeIdValidator,
  updateCooperativeValidator,
  updateRouteValidator,
} from '#collections/validators/cooperative'
import {
  createFarmerValidator,
  farmerIdValidator,
  listFarmersValidator,
  updateFarmerValidator,
} from '#collections/validators/farmer'
import {
  correctCollectionValidator,
  listCollectionsValidator,
  syncCollectionsValidator,
} from '#collections/validators/collection'
import {
  addAdjustmentValidator,
  dashboardValidator,
  pricesQueryValidator,
  recordIntakeValidator,
  setPricesValidator,
  statementSmsValidator,
  statementValidator,
  varianceValidator,
} from '#collections/validators/statement'

const e403 = 'E_AUTHORIZATION_FAILURE: you see the cooperative but your role may not do this'
const e404 = 'E_NOT_FOUND: no such record, or another cooperative’s (not revealed)'
const e422 = 'E_VALIDATION: a field is missing, out of range or malformed (`field` names it)'
const orCsv = { 'text/csv': { type: 'string' } }

/** What a reader may be refused: not signed in, not theirs, a bad id. */
const read = { 401: unauthorized, 404: e404, 422: e422 }
/** What a change may be refused: the same, and a role that may not make it. */
const change = { ...read, 403: e403 }

export const collectionsApi: ApiDescription = {
  tag: {
    name: 'collections',
    description:
      'Dairy cooperatives: collection centres, milk routes, farmers known by phone, and milk collections recorded on a phone (offline) and synced exactly once. Each stored collection sends the farmer one receipt SMS in their language. A correction reverses a collection and records a new one; the farmer is told.',
  },
  operations: {
    'POST /api/v1/cooperatives': {
      summary: 'Open a cooperative with its first manager (admins)',
      description: 'The manager becomes its owner (a dispatcher of it).',
      request: createCooperativeValidator,
      responses: {
        201: { description: 'Cooperative', body: cooperativeSchema },
        401: unauthorized,
        403: e403,
        409: 'E_CODE_TAKEN: another cooperative has this code',
        422: e422,
      },
    },
    'GET /api/v1/cooperatives/mine': {
      summary: 'The cooperative the caller works for',
      responses: {
        200: { description: 'Cooperative', body: cooperativeSchema },
        401: unauthorized,
        404: e404,
      },
    },
    'GET /api/v1/cooperatives/:id': {
      summary: 'A cooperative (its members and admins)',
      request: cooperativeIdValidator,
      responses: { 200: { description: 'Cooperative', body: cooperativeSchema }, ...read },
    },
    'PATCH /api/v1/cooperatives/:id': {
      summary: 'Change thresholds or close a period (manager); change the transporter (admins)',
      description:
        'A month whose pay is approved stays closed: `closedThrough` before its last day is refused (409 `E_PERIOD_CLOSED`).',
      request: updateCooperativeValidator,
      responses: {
        200: { description: 'Cooperative', body: cooperativeSchema },
        ...change,
        409: 'E_PERIOD_CLOSED',
      },
    },
    'GET /api/v1/cooperatives/:id/centres': {
      summary: 'Collection centres',
      request: cooperativeIdValidator,
      responses: {
        200: { description: 'Centres', body: listSchema(collectionCentreSchema) },
        ...read,
      },
    },
    'POST /api/v1/cooperatives/:id/centres': {
      summary: 'Add a collection centre (manager)',
      request: createCentreValidator,
      responses: { 201: { description: 'Centre', body: collectionCentreSchema }, ...change },
    },
    'GET /api/v1/cooperatives/:id/routes': {
      summary: 'Milk routes with their stops in order',
      request: cooperativeIdValidator,
      responses: {
        200: { description: 'Routes', body: listSchema(collectionRouteSchema) },
        ...read,
      },
    },
    'POST /api/v1/cooperatives/:id/routes': {
      summary: 'Add a route (manager)',
      description:
        'A centre stop takes its name and place from `centreId`; a farm gate gives its `name` and `location`. The vehicle is the transporter’s, the driver one assigned to that vehicle; both must be eligible as for an order (valid papers, the driver not suspended).',
      request: createRouteValidator,
      responses: {
        201: { description: 'Route', body: collectionRouteSchema },
        ...change,
        409: 'E_DRIVER_SUSPENDED (the driver is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE (the truck’s or its driver’s papers: missing, pending, rejected or expired; reasons in the message), E_DRIVER_NOT_ELIGIBLE (a driver without a truck: their licence)',
      },
    },
    'GET /api/v1/collection-routes/mine': {
      summary: 'The routes the caller drives',
      responses: {
        200: { description: 'Routes', body: listSchema(collectionRouteSchema) },
        401: unauthorized,
      },
    },
    'GET /api/v1/collection-routes/:id': {
      summary: 'A route (its cooperative’s members, its driver)',
      request: routeIdValidator,
      responses: { 200: { description: 'Route', body: collectionRouteSchema }, ...read },
    },
    'GET /api/v1/collection-routes/:id/today': {
      summary:
        'Today’s run of a route: its stops in order with their farmers, and the cooperative’s thresholds',
      description:
        'Only the route’s assigned driver and its cooperative’s manager, clerks and graders read it; anyone else gets 404. The phone keeps it to work offline.',
      request: routeIdValidator,
      responses: { 200: { description: 'Route run', body: routeRunSchema }, ...read },
    },
    'PATCH /api/v1/collection-routes/:id': {
      summary:
        'Change a route (manager); stops given replace the list, farmers keep a stop that stays',
      request: updateRouteValidator,
      responses: {
        200: { description: 'Route', body: collectionRouteSchema },
        ...change,
        409: 'E_DRIVER_SUSPENDED (the driver is suspended by an admin), E_VEHICLE_NOT_ELIGIBLE (the truck’s or its driver’s papers: missing, pending, rejected or expired; reasons in the message), E_DRIVER_NOT_ELIGIBLE (a driver without a truck: their licence)',
      },
    },
    'GET /api/v1/cooperatives/:id/farmers': {
      summary: 'Farmers, by member number',
      description: '`q`: name, member number or part of the phone.',
      request: listFarmersValidator,
      responses: { 200: { description: 'Farmers', body: pageSchema(farmerSchema) }, ...read },
    },
    'POST /api/v1/cooperatives/:id/farmers': {
      summary: 'Register a farmer (members of the cooperative); active at once',
      description:
        '`locale` defaults to the phone’s country’s, `payoutPhone` to `phone`. A phone typed without + is read in the caller’s country.',
      request: createFarmerValidator,
      responses: {
        201: { description: 'Farmer', body: farmerSchema },
        ...change,
        409: 'E_PHONE_TAKEN / E_MEMBER_NUMBER_TAKEN',
      },
    },
    'PATCH /api/v1/farmers/:id': {
      summary: 'Change a farmer (members of the cooperative)',
      request: updateFarmerValidator,
      responses: {
        200: { description: 'Farmer', body: farmerSchema },
        ...change,
        409: 'E_MEMBER_NUMBER_TAKEN',
      },
    },
    'POST /api/v1/farmers/:id/approve': {
      summary: 'Approve a farmer who registered by USSD',
      request: farmerIdValidator,
      responses: {
        200: { description: 'Farmer', body: farmerSchema },
        ...change,
        409: 'E_INVALID_STATE: not waiting for approval',
      },
    },
    'POST /api/v1/collections/sync': {
      summary:
        'Sync collections recorded on the phone (members of the farmer’s cooperative, the route’s driver)',
      description:
        'A result per collection. The whole batch is refused (422) only when its shape is wrong; a collection the rules refuse (a farmer not found or not active, a route, stop or centre of another cooperative, a closed period, too many litres, a missing alcohol test, a time in the future or more than 14 days old) is `refused` and the others are stored. Sending a collection again answers `duplicate` and stores nothing; each stored collection queues one receipt SMS. A collection gives `quantityLitres` or `weightKg` (converted by the cooperative’s milkDensity); `rejectedForOther`: refused for what the tests do not show (smell, colour, dirt).',
      request: syncCollectionsValidator,
      responses: {
        200: {
          description: 'Results, in the order sent',
          body: z.object({ results: z.array(collectionSyncResultSchema) }),
        },
        401: unauthorized,
        422: e422,
      },
    },
    'GET /api/v1/cooperatives/:id/collections': {
      summary: 'Collections and reversals, newest first',
      request: listCollectionsValidator,
      responses: {
        200: { description: 'Collections', body: pageSchema(milkCollectionSchema) },
        ...read,
      },
    },
    'POST /api/v1/collections/:id/correct': {
      summary:
        'Correct a collection: it is reversed and the new values recorded; the farmer gets a receipt naming the corrected reference',
      description:
        '`id` in the body is the new collection’s, made on the device: sending it again answers the same.',
      request: correctCollectionValidator,
      responses: {
        201: { description: 'The new collection', body: milkCollectionSchema },
        ...change,
        409: 'E_ALREADY_CORRECTED / E_PERIOD_CLOSED / E_INVALID_STATE (a reversal) / E_ID_CONFLICT (the new id is another collection’s)',
      },
    },
    'GET /api/v1/cooperatives/:id/prices': {
      summary: 'The rate chart of a period: the price of a litre per grade (minor unit)',
      request: pricesQueryValidator,
      responses: { 200: { description: 'Prices', body: rateChartSchema }, ...read },
    },
    'PUT /api/v1/cooperatives/:id/prices': {
      summary:
        'Set the price of a litre per grade for a period (manager); grades left out keep theirs',
      description: 'A period whose pay is approved keeps its prices (409 `E_PERIOD_CLOSED`).',
      request: setPricesValidator,
      responses: {
        200: { description: 'Prices', body: rateChartSchema },
        ...change,
        409: 'E_PERIOD_CLOSED',
      },
    },
    'POST /api/v1/farmers/:id/adjustments': {
      summary:
        'A deduction (transport, advance, inputs, other) or a bonus on a farmer’s pay (manager)',
      description: '`amount` in the minor unit, positive: a bonus adds it, the rest take it off.',
      request: addAdjustmentValidator,
      responses: {
        201: { description: 'Adjustment', body: farmerAdjustmentSchema },
        ...change,
        409: 'E_PERIOD_CLOSED',
      },
    },
    'GET /api/v1/farmers/:id/statement': {
      summary:
        'A farmer’s statement for a period (members of the cooperative): JSON, or CSV with format=csv',
      request: statementValidator,
      responses: {
        200: {
          description: 'Statement (or CSV with format=csv)',
          body: farmerStatementSchema,
          content: orCsv,
        },
        ...read,
      },
    },
    'POST /api/v1/farmers/:id/statement/sms': {
      summary:
        'Text the farmer the one-SMS summary of their statement (members of the cooperative)',
      request: statementSmsValidator,
      responses: { 200: { description: 'Sent', body: statementSmsSchema }, ...read },
    },
    'POST /api/v1/collection-routes/:id/intakes': {
      summary:
        'The route’s bulk milk weighed in at the cooler for a day and shift (members); once per route, day and shift',
      request: recordIntakeValidator,
      responses: {
        201: { description: 'Intake', body: routeIntakeSchema },
        ...change,
        409: 'E_INTAKE_EXISTS: this route, day and shift was already weighed in',
      },
    },
    'GET /api/v1/cooperatives/:id/variance': {
      summary:
        'Per route, driver, day and shift: farm collections against the intake, flagged beyond the cooperative’s threshold',
      request: varianceValidator,
      responses: { 200: { description: 'Variance', body: varianceSchema }, ...read },
    },
    'GET /api/v1/cooperatives/:id/dashboard': {
      summary:
        'The cooperative’s dashboard (members): litres per route, centre and day, refusals and their reasons, farmers without collections; CSV with format=csv',
      request: dashboardValidator,
      responses: {
        200: {
          description: 'Dashboard (or CSV with format=csv)',
          body: collectionsDashboardSchema,
          content: orCsv,
        },
        ...read,
      },
    },
    'GET /api/v1/cooperatives/:id/payout-runs': {
      summary: 'The cooperative’s payout runs, newest period first (manager)',
      request: runIdValidator,
      responses: { 200: { description: 'Runs', body: listSchema(payoutRunSchema) }, ...change },
    },
    'POST /api/v1/cooperatives/:id/payout-runs': {
      summary: 'Prepare the farmers’ pay for a period that is over (manager)',
      description:
        'One line per farmer with milk or adjustments in the period, from their statement (the rate chart, deductions and bonuses). Preparing a draft again recomputes it.',
      request: prepareRunValidator,
      responses: {
        201: { description: 'The draft run with its lines', body: payoutRunDetailSchema },
        ...change,
        409: 'E_PERIOD_NOT_OVER / E_NO_PRICES (set the period’s prices first) / E_RUN_APPROVED',
      },
    },
    'GET /api/v1/payout-runs/:id': {
      summary: 'A payout run with each farmer’s pay and payout (manager)',
      request: runIdValidator,
      responses: { 200: { description: 'Run', body: payoutRunDetailSchema }, ...change },
    },
    'POST /api/v1/payout-runs/:id/approve': {
      summary:
        'Approve a draft run: the period closes and each farmer is paid by mobile money (manager)',
      description:
        'In one transaction: the period closes, the ledger owes the farmers the total (cooperative_receivable → farmer_payable) and each farmer owed something gets a `farmer` payout to their payout number, sent by the payout jobs (kill switch, limits, retries). Each farmer gets their statement by SMS once their pay has left.',
      request: runIdValidator,
      responses: {
        200: { description: 'The approved run', body: payoutRunDetailSchema },
        ...change,
        403: `${e403} · ${recentSignInRequired} · E_SECOND_APPROVER: the cooperative has two managers or more and the caller prepared the run (the two-person rule; a cooperative with one manager approves alone)`,
        409: 'E_RUN_APPROVED (approved before: nothing moves again) / E_RUN_CHANGED (prepare it again) / E_PROVIDER_UNAVAILABLE',
      },
    },
    'POST /api/v1/payout-runs/:id/lines/:lineId/retry': {
      summary: 'Send a farmer’s failed payout again (manager)',
      request: retryRunLineValidator,
      responses: {
        200: { description: 'The run', body: payoutRunDetailSchema },
        ...change,
        403: `${e403} · ${recentSignInRequired}`,
        409: 'E_INVALID_STATE: the payout has not failed',
      },
    },
  },
}
