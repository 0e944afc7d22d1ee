import type { ApiDescription } from '#core/contract/api_description'
import { ussdRequestValidator } from '#ussd/validators/ussd'

/** A USSD screen: Africa's Talking shows the text after `CON ` or `END `. */
const screen = (description: string, example: string) => ({
  description,
  content: { 'text/plain': { type: 'string', examples: [example] } },
})

export const ussdApi: ApiDescription = {
  tag: {
    name: 'ussd',
    description:
      "USSD for feature phones, as Africa's Talking calls it. Farmers: today's and this month's milk, expected pay and payouts, a receipt sent again, their language; drivers: the current order or milk route, the next stop, duty, and the order's next move (the order state machine's). A 4-digit PIN, set on first use, stored hashed and locked after wrong tries, guards what changes data or shows money. Unknown numbers may only register as a farmer (a clerk approves).",
  },
  operations: {
    'POST /api/v1/ussd': {
      summary: "One step of a USSD session (Africa's Talking callback)",
      description:
        'Africa’s Talking posts a form (`sessionId`, `serviceCode`, `phoneNumber` — the identity: a farmer, a driver, or someone to register —, `networkCode`, `text`: the whole path of answers joined by `*`, empty on the first step; `0` goes back one step, `00` to the main menu) and reads the answer as plain text. With USSD_API_KEY set the call must carry `Authorization: Bearer <USSD_API_KEY>`; USSD_ALLOWED_IPS limits where it may come from. Every screen is at most 182 characters, in the caller’s language (en, sw, fr).',
      security: [{ ussdKey: [] }, {}],
      request: ussdRequestValidator,
      requestType: 'application/x-www-form-urlencoded',
      responses: {
        200: screen(
          '`CON ` and a screen waiting for an answer, or `END ` and the last screen',
          "CON Kiambu Dairy: Wanjiku\n1. Today's milk\n2. This month"
        ),
        400: screen(
          'A field is missing or malformed, or the session belongs to another phone',
          'END Bad request: sessionId is missing or malformed.'
        ),
        403: screen('Wrong key or source address', 'END Not allowed.'),
      },
    },
  },
}
