import type { OpenApiFragment } from '#core/openapi/fragment'

const form = {
  type: 'object',
  required: ['sessionId', 'serviceCode', 'phoneNumber'],
  properties: {
    sessionId: {
      type: 'string',
      example: 'ATUid_abc123',
      description: 'Printable ASCII, up to 100',
    },
    serviceCode: { type: 'string', example: '*384*1234#' },
    phoneNumber: {
      type: 'string',
      example: '+254711000111',
      description: 'The identity: a farmer, a driver, or someone to register',
    },
    networkCode: { type: 'string', example: '63902' },
    text: {
      type: 'string',
      example: '3*4821',
      description:
        'The whole path of answers joined by `*` (empty on the first step); `0` goes back one step, `00` to the main menu',
    },
  },
}
const text = (description: string, example: string) => ({
  description,
  content: { 'text/plain': { schema: { type: 'string', example } } },
})

export const ussdOpenApi: OpenApiFragment = {
  tags: [
    {
      name: 'ussd',
      description:
        "USSD for feature phones, as Africa's Talking calls it. Farmers: today's and this month's milk, expected pay and payouts, a receipt sent again, their language; drivers: the current order or milk route, the next stop, duty, and the order's next move (the order state machine's). A 4-digit PIN, set on first use, stored hashed and locked after wrong tries, guards what changes data or shows money. Unknown numbers may only register as a farmer (a clerk approves).",
    },
  ],
  paths: {
    '/api/v1/ussd': {
      post: {
        tags: ['ussd'],
        summary: "One step of a USSD session (Africa's Talking callback)",
        description:
          'Optional `Authorization: Bearer USSD_API_KEY` and source allow-list USSD_ALLOWED_IPS. Every screen is at most 182 characters, in the caller’s language (en, sw, fr).',
        requestBody: {
          required: true,
          content: { 'application/x-www-form-urlencoded': { schema: form } },
        },
        responses: {
          200: text(
            '`CON ` and a screen waiting for an answer, or `END ` and the last screen',
            "CON Kiambu Dairy: Wanjiku\n1. Today's milk\n2. This month"
          ),
          400: text(
            'A field is missing or malformed, or the session belongs to another phone',
            'END Bad request: sessionId is missing or malformed.'
          ),
          403: text('Wrong key or source address', 'END Not allowed.'),
        },
      },
    },
  },
}
