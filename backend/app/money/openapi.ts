import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, nullable, ref, unauthorized } from '#core/openapi/shared'
import { PAYMENT_PROVIDERS } from '#money/payment_providers'
import { PAYMENT_FAILURES } from '#money/payment_failures'
import { PAYMENT_STATUSES } from '#money/models/payment'

const orderId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }
const e403 = error(
  'E_AUTHORIZATION_FAILURE: you see the order but its payments are the shipper side’s'
)
const e404 = error('E_NOT_FOUND: no such order, or you may not see it (not revealed)')

export const moneyOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'money',
      description:
        'Pay-ins into escrow (M-Pesa STK push), settled only after the provider’s query API confirms them; amounts in minor units with their ISO 4217 code.',
    },
  ],
  paths: {
    '/api/v1/orders/{id}/payments': {
      get: {
        tags: ['money'],
        summary: 'The order’s payment attempts, newest first (shipper side, platform, admins)',
        parameters: [orderId],
        responses: {
          200: {
            description: 'Attempts',
            ...json({
              type: 'object',
              required: ['data'],
              properties: { data: { type: 'array', items: ref('Payment') } },
            }),
          },
          401: unauthorized,
          403: e403,
          404: e404,
        },
      },
      post: {
        tags: ['money'],
        summary: 'Pay the order’s price into escrow: prompts the phone (STK push)',
        description:
          'Once a carrier has the order and before pickup, for a `mobile_money` order. The phone defaults to the profile’s and is read in the order’s country. Answers 201 with the attempt: `pending` until the provider confirms (follow it with GET, or the `money:payment_*` notifications), or `failed` at once when the provider refused the request, with the reason in the caller’s language.',
        parameters: [orderId],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['provider'],
            properties: {
              provider: { type: 'string', enum: Object.keys(PAYMENT_PROVIDERS) },
              phone: { type: 'string', example: '0712 345 678' },
            },
          }),
        },
        responses: {
          201: { description: 'The attempt', ...json(ref('Payment')) },
          401: unauthorized,
          403: error('E_AUTHORIZATION_FAILURE: only the shipper side pays'),
          404: e404,
          409: error(
            'E_INVALID_STATE: not payable in this state · E_CASH_ORDER: paid in cash on delivery · E_PAYMENT_PENDING: an attempt waits for the phone · E_ALREADY_PAID'
          ),
          422: error(
            'E_VALIDATION: unknown provider, a provider that does not collect the order’s currency, or a phone outside the order’s country (`field` names it)'
          ),
        },
      },
    },
    '/api/v1/earnings': {
      get: {
        tags: ['money'],
        summary:
          'My carrier’s earnings: balances and one line per settled order (owner or dispatcher)',
        description:
          'Read from the ledger. `payable`: owed to the carrier; `payingOut`: sent, result not known yet; `cashCommissionOwed`: the commission on cash orders the carrier collected. Lines newest first; `period` narrows them to a month (UTC); `format=csv` answers the lines as CSV (amounts in minor units).',
        parameters: [
          { name: 'period', in: 'query', schema: { type: 'string', pattern: '^\\d{4}-\\d{2}$' } },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'] } },
        ],
        responses: {
          200: {
            description: 'Earnings',
            content: {
              'application/json': { schema: ref('Earnings') },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          401: unauthorized,
          403: error('E_AUTHORIZATION_FAILURE: only the owner or a dispatcher of a carrier'),
          422: error('E_VALIDATION: period is not YYYY-MM, or an unknown format'),
        },
      },
    },
    '/api/v1/webhooks/mpesa/stk/{token}': {
      post: {
        tags: ['webhooks'],
        summary: 'Daraja’s STK push callback',
        description:
          'The URL we gave Daraja for one attempt; its token is the attempt’s secret. The callback is stored once per CheckoutRequestID and applied by a job after the STK query confirms it; a replay changes nothing. Answers Daraja’s acknowledgement at once.',
        parameters: [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['Body'],
            properties: { Body: { type: 'object', required: ['stkCallback'] } },
          }),
        },
        responses: {
          200: {
            description: 'Accepted',
            ...json({
              type: 'object',
              properties: { ResultCode: { type: 'integer' }, ResultDesc: { type: 'string' } },
            }),
          },
          400: error('E_BAD_CALLBACK: not an STK callback'),
          404: error('E_NOT_FOUND: no attempt has this token (logged, nothing stored)'),
        },
      },
    },
  },
  schemas: {
    Earnings: {
      type: 'object',
      required: ['balances', 'lines'],
      properties: {
        balances: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              currency: { type: 'string' },
              payable: { type: 'integer' },
              payingOut: { type: 'integer' },
              cashCommissionOwed: { type: 'integer' },
            },
          },
        },
        lines: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              orderId: { type: 'integer' },
              settledAt: { type: 'string', format: 'date-time' },
              method: { type: 'string', enum: ['mobile_money', 'cash'] },
              currency: { type: 'string' },
              gross: { type: 'integer' },
              commission: { type: 'integer' },
              net: { type: 'integer' },
              carrierOrganisationId: { type: 'integer' },
            },
          },
        },
      },
    },
    Payment: {
      type: 'object',
      required: ['id', 'orderId', 'provider', 'amount', 'currency', 'status'],
      properties: {
        id: { type: 'integer' },
        orderId: { type: 'integer' },
        provider: { type: 'string', enum: Object.keys(PAYMENT_PROVIDERS) },
        amount: { type: 'integer', description: 'Minor units of currency' },
        currency: { type: 'string', example: 'KES' },
        status: { type: 'string', enum: PAYMENT_STATUSES },
        failureReason: nullable('string', { enum: [...Object.keys(PAYMENT_FAILURES), null] }),
        failureMessage: nullable('string', { description: 'In the caller’s language' }),
        phone: nullable('string', { example: '+254 •••• 5678', description: 'Masked' }),
        receipt: nullable('string', { description: 'The provider’s receipt number' }),
        createdAt: { type: 'string', format: 'date-time' },
        settledAt: nullable('string', { format: 'date-time' }),
      },
    },
  },
}
