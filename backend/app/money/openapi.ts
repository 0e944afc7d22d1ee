import {
  ledgerJournalSchema,
  ledgerTotalSchema,
  ledgerVerificationSchema,
} from '#money/transformers/ledger_report_transformer'
import {
  pendingPaymentSchema,
  reconciliationSchema,
} from '#money/transformers/payment_reconciliation_transformer'
import { orderLedgerValidator } from '#money/validators/ledger_report'
import type { ApiDescription } from '#core/contract/api_description'
import { listSchema, pageSchema, z } from '#core/contract/response_schema'
import { recentSignInRequired, unauthorized } from '#core/contract/words'
import { orderPaymentsSchema, paymentSchema } from '#money/transformers/payment_transformer'
import { earningsSchema } from '#money/transformers/earnings_transformer'
import {
  callbackTokenValidator,
  listPendingPaymentsValidator,
  listReconciliationsValidator,
  orderPaymentsValidator,
  paymentActionValidator,
  startPaymentValidator,
} from '#money/validators/payment'
import { earningsValidator } from '#money/validators/earnings'
import { priceSplitValidator } from '#money/validators/price_split'
import { priceSplitSchema } from '#orders/transformers/bid_transformer'
import {
  payoutNumberAlertValidator,
  payoutNumberConfirmValidator,
  payoutNumberRequestValidator,
} from '#money/validators/payout_number'
import {
  payoutNumberAlertSchema,
  payoutNumberSchema,
} from '#money/transformers/payout_number_transformer'
import {
  payoutRailSchema,
  stellarWalletSchema,
} from '#money/transformers/stellar_wallet_transformer'
import { payoutRailValidator } from '#money/validators/payout_rail'
import {
  devCheckoutAnswerValidator,
  devCheckoutValidator,
  devPhoneAnswerValidator,
  devPhoneOfPaymentValidator,
  devPhoneQueryValidator,
} from '#money/validators/dev_phone'
import { payoutSchema, payoutSwitchSchema } from '#money/transformers/payout_transformer'
import {
  b2cCallbackValidator,
  listPayoutsValidator,
  markPayoutSentValidator,
  payoutActionValidator,
  payoutSwitchValidator,
  refundedByHandValidator,
  refundValidator,
} from '#money/validators/payout'

const e404 = 'E_NOT_FOUND: no such order, or you may not see it (not revealed)'
const adminOnly = 'E_AUTHORIZATION_FAILURE: admins only'
const adminRecentlySignedIn = `${adminOnly} · ${recentSignInRequired}`

/** What an admin's check or close of a pending pay-in answers. */
const payInActionResponses = {
  200: {
    description: 'The pay-in and the check',
    body: z.object({ payment: paymentSchema, check: reconciliationSchema }),
  },
  401: unauthorized,
  403: adminRecentlySignedIn,
  404: 'E_NOT_FOUND',
  409: 'E_INVALID_STATE: no longer pending',
  422: 'E_VALIDATION: a reason is required',
} as const

export const moneyApi: ApiDescription = {
  tag: {
    name: 'money',
    description:
      'Pay-ins into escrow (M-Pesa STK push, Airtel Money collection, Wave checkout, Orange Money web payment), applied only after the provider’s query API confirms them; settlement on completion; carriers’ earnings. Amounts are integers in minor units with their ISO 4217 code.',
  },
  otherTags: [{ name: 'webhooks', description: 'Calls from outside providers (no access token)' }],
  operations: {
    'GET /api/v1/dev/phone': {
      summary: 'The development phone: simulator prompts waiting on a phone',
      description:
        'A developer tool (English only): an HTML page with each pending M-Pesa and Airtel Money prompt and its buttons, and a link to each pending Wave and Orange Money payment page. Only providers that are their simulator are listed; 404 in production and when none is.',
      tags: ['dev'],
      security: [],
      request: devPhoneQueryValidator,
      responses: {
        200: { description: 'The page', content: { 'text/html': { type: 'string' } } },
        404: 'E_NOT_FOUND: no provider is its development simulator',
        422: 'E_VALIDATION: `phone` is not a phone number',
      },
    },
    'GET /api/v1/dev/phone/payments/:id': {
      summary: 'The development phone of a payment’s prompt',
      description:
        'Where the web app’s Pay step links in make dev: redirects to the development phone of the number this payment’s prompt (or payment page) is on. 404 in production, when there is no such prompt, or when its provider is not the simulator.',
      tags: ['dev'],
      security: [],
      request: devPhoneOfPaymentValidator,
      responses: {
        303: {
          description: 'To the phone page',
          content: { 'text/plain': { type: 'string' } },
        },
        404: 'E_NOT_FOUND: no simulated prompt for this payment',
      },
    },
    'POST /api/v1/dev/phone/prompts/:ref': {
      summary: 'Answer a simulated phone prompt (pay, wrong PIN, cancel)',
      description:
        'The M-Pesa or Airtel Money simulator calls back in its provider’s format (Daraja result code 0, 2001 or 1032; Airtel TS or TF with its response code), asynchronously and sometimes twice, instead of its automatic answer; then back to the phone page.',
      tags: ['dev'],
      security: [],
      request: devPhoneAnswerValidator,
      requestType: 'application/x-www-form-urlencoded',
      responses: {
        303: {
          description: 'Answered: back to the phone page',
          content: { 'text/plain': { type: 'string' } },
        },
        404: 'E_NOT_FOUND: no such prompt, or its provider is not a development simulator',
        409: 'E_CONFLICT: the prompt was already answered',
        422: 'E_VALIDATION: `answer` is not pay, wrong_pin or cancel',
      },
    },
    'GET /api/v1/dev/checkout/:ref': {
      summary: 'A simulated Wave or Orange Money payment page (make dev)',
      description:
        'The launch URL the Wave and Orange Money simulators give: an HTML page in the payer’s language with the amount, the merchant, Pay and Decline. 404 in production and when the provider is not its simulator.',
      tags: ['dev'],
      security: [],
      request: devCheckoutValidator,
      responses: {
        200: { description: 'The page', content: { 'text/html': { type: 'string' } } },
        404: 'E_NOT_FOUND: no such payment page, or its provider is not a development simulator',
      },
    },
    'POST /api/v1/dev/checkout/:ref': {
      summary: 'Pay or decline on a simulated payment page',
      description:
        'The simulator sends its provider’s callback (Wave: signed checkout webhook; Orange Money: notification with its notif_token), asynchronously and sometimes twice, instead of its automatic answer; then back to the order page.',
      tags: ['dev'],
      security: [],
      request: devCheckoutAnswerValidator,
      requestType: 'application/x-www-form-urlencoded',
      responses: {
        303: {
          description: 'Answered: back to the order page',
          content: { 'text/plain': { type: 'string' } },
        },
        404: 'E_NOT_FOUND: no such payment page, or its provider is not a development simulator',
        409: 'E_CONFLICT: the payment page was already answered',
        422: 'E_VALIDATION: `answer` is not pay or decline',
      },
    },
    'GET /api/v1/orders/:id/payments': {
      summary: 'The order’s payment attempts, newest first (shipper side, platform, admins)',
      description:
        '`providers`: the mobile money providers that collect the order’s currency (M-Pesa and Airtel for KES, Wave and Orange Money for XOF, Airtel for TZS and UGX), the choices of a new attempt.',
      request: orderPaymentsValidator,
      responses: {
        200: { description: 'Attempts', body: orderPaymentsSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: you see the order but its payments are the shipper side’s',
        404: e404,
        422: 'E_VALIDATION',
      },
    },
    'POST /api/v1/orders/:id/payments': {
      summary:
        'Pay the order’s price into escrow: prompts the phone (M-Pesa, Airtel) or opens a payment page (Wave, Orange Money)',
      description:
        'Once a carrier has the order and before pickup, for a `mobile_money` order, by one of the providers GET lists for it. The phone defaults to the profile’s and is read in the order’s country; Wave lets only that number pay, in the Wave app opened by the attempt’s `checkoutUrl`. Answers 201 with the attempt: `pending` until the provider confirms (follow it live in the socket room `payments:<orderId>`, docs/realtime.md, or with GET), or `failed` at once when the provider refused the request, with the reason in the caller’s language.',
      request: startPaymentValidator,
      responses: {
        201: { description: 'The attempt', body: paymentSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only the shipper side pays',
        404: e404,
        409: 'E_INVALID_STATE: not payable in this state · E_CASH_ORDER: paid in cash on delivery · E_PAYMENT_PENDING: an attempt waits for the phone · E_ALREADY_PAID',
        422: 'E_VALIDATION: unknown provider, a provider that does not collect the order’s currency, or a phone outside the order’s country (`field` names it) · E_PROVIDER_UNAVAILABLE',
      },
    },
    'GET /api/v1/earnings': {
      summary:
        'My carrier’s earnings: balances and one line per settled order (owner or dispatcher)',
      description:
        'Read from the ledger. `payable`: owed to the carrier; `payingOut`: sent, result not known yet; `cashCommissionOwed`: the commission on cash orders the carrier collected. Lines newest first; `period` (YYYY-MM, UTC) narrows them to a month; `format=csv` answers the lines as `text/csv` (amounts in minor units).',
      request: earningsValidator,
      responses: {
        200: {
          description: 'Earnings (or CSV with format=csv)',
          body: earningsSchema,
          content: { 'text/csv': { type: 'string' } },
        },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: only the owner or a dispatcher of a carrier',
        422: 'E_VALIDATION: period is not YYYY-MM, or an unknown format',
      },
    },
    'GET /api/v1/price-split': {
      summary:
        'What a price splits into: the shipper’s total, the platform’s commission, the carrier’s net',
      description:
        'For a price being typed before a carrier has the order (a bid, a posted price), at the commission rate of the currency’s country now; bids carry their own `split`. The rule settlement posts, so what both sides agree to is what moves.',
      request: priceSplitValidator,
      responses: {
        200: { description: 'The split', body: priceSplitSchema },
        401: unauthorized,
        422: 'E_VALIDATION: amount is not a whole number of minor units from 1, or an unknown currency',
      },
    },
    'GET /api/v1/admin/payouts': {
      summary: 'Payouts and refunds, newest first (admins)',
      description:
        'Filters: `status`, `kind`, `orderId`, and `attention=true` for what needs an operator (failed, or sent longer than PAYOUT_STUCK_AFTER_MINUTES ago with no result). Reasons are in the reader’s language; `outcomeUnknown` says money may have left (retry reuses the key, cancel is refused).',
      request: listPayoutsValidator,
      responses: {
        200: { description: 'A page of payouts', body: pageSchema(payoutSchema) },
        401: unauthorized,
        403: adminOnly,
        422: 'E_VALIDATION',
      },
    },
    'GET /api/v1/admin/ledger/totals': {
      summary: 'Ledger totals per currency and account purpose (admins)',
      description:
        'Each purpose’s accounts summed on their normal side: what escrow holds, what carriers are owed, payouts in flight, refunds owed, the platform’s commission, cash carriers hold. Minor units with their currency.',
      responses: {
        200: { description: 'Totals', body: listSchema(ledgerTotalSchema) },
        401: unauthorized,
        403: adminOnly,
      },
    },
    'GET /api/v1/admin/ledger/verification': {
      summary: 'Verify the ledger now (admins)',
      description:
        'Recomputes every account’s balance from its entries and checks every invariant (each journal balanced per currency and with two entries or more, entries in their account’s currency, guarded accounts not negative, the trial balance zero), as `node ace ledger:verify` does. `sound` when no problem is found.',
      responses: {
        200: { description: 'The verification', body: ledgerVerificationSchema },
        401: unauthorized,
        403: adminOnly,
      },
    },
    'GET /api/v1/admin/payments/pending': {
      summary: 'Pay-ins still waiting for their provider, oldest first (admins)',
      description:
        '`stuck=true` for those pending past PAYMENT_RECONCILE_AFTER_MINUTES, which reconciliation asks about; each with its age, its provider, whether the provider named it, and the last check reconciliation made of it.',
      request: listPendingPaymentsValidator,
      responses: {
        200: { description: 'A page of pending pay-ins', body: pageSchema(pendingPaymentSchema) },
        401: unauthorized,
        403: adminOnly,
        422: 'E_VALIDATION',
      },
    },
    'GET /api/v1/admin/payments/reconciliations': {
      summary: 'What reconciliation found, newest first (admins)',
      description:
        'One row per pay-in asked about, by the job (`checkedBy` null) or an operator: its outcome, and why it could not be settled. `unsettled=true` for those only; `paymentId` for one pay-in.',
      request: listReconciliationsValidator,
      responses: {
        200: { description: 'A page of checks', body: pageSchema(reconciliationSchema) },
        401: unauthorized,
        403: adminOnly,
        422: 'E_VALIDATION',
      },
    },
    'POST /api/v1/admin/payments/:id/check': {
      summary: 'Ask the provider about a pending pay-in now (admins, with a reason)',
      description:
        'What the provider answers is applied once (received: the money goes into escrow), and stored as a reconciliation check. Audited as payment.checked.',
      request: paymentActionValidator,
      responses: payInActionResponses,
    },
    'POST /api/v1/admin/payments/:id/close': {
      summary: 'Stop waiting for a pending pay-in (admins, with a reason)',
      description:
        'Money the provider took is applied as received; else the attempt is closed at the provider, or failed as unreachable when the provider never named it, and the shipper may pay again. A payment reported later is still taken once (returned if the order cannot take it). Audited as payment.closed.',
      request: paymentActionValidator,
      responses: payInActionResponses,
    },
    'GET /api/v1/admin/payout-number-alerts': {
      summary: 'Money alerts not sent: replaced payout numbers not warned yet (admins)',
      description:
        'Each confirmed payout number whose SMS to the number it replaced has not gone, oldest first, whether its job still retries or gave up (read from the numbers, not the job queue, so none is lost among other failed jobs). Numbers masked.',
      responses: {
        200: { description: 'Unsent alerts', body: listSchema(payoutNumberAlertSchema) },
        401: unauthorized,
        403: adminOnly,
      },
    },
    'POST /api/v1/admin/payout-number-alerts/:id/send': {
      summary: 'Send an unsent payout number alert now (admins)',
      description:
        'Sends the warning SMS in the owner’s language; once however often this is asked (the number records the message sent, and then leaves the list).',
      request: payoutNumberAlertValidator,
      responses: {
        200: { description: 'Sent', body: z.object({ sent: z.literal(true) }) },
        401: unauthorized,
        403: adminOnly,
        404: 'E_NOT_FOUND: no such unsent alert',
        422: 'E_VALIDATION',
        502: 'E_SMS_FAILED: the SMS provider refused it again',
      },
    },
    'GET /api/v1/admin/orders/:id/ledger': {
      summary: 'Every ledger journal of one order, with its entries (admins)',
      description:
        'Oldest first: the payment into escrow, the settlement or the dispute’s decision, payouts and refunds. An unknown order has no journals.',
      request: orderLedgerValidator,
      responses: {
        200: { description: 'Journals', body: listSchema(ledgerJournalSchema) },
        401: unauthorized,
        403: adminOnly,
        422: 'E_VALIDATION',
      },
    },
    'POST /api/v1/admin/payouts/:id/retry': {
      summary: 'Send a failed or stuck payout again (admins, with a reason)',
      description:
        'After a final failure the new try gets a new OriginatorConversationID (attempt + 1); after an unknown outcome (timeout, unreachable, stuck) it reuses the same one, so the provider refuses it if the first went through. Audited.',
      request: payoutActionValidator,
      responses: {
        200: { description: 'The payout, queued', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND',
        409: 'E_INVALID_STATE: already sent or cancelled',
        422: 'E_VALIDATION: a reason is required',
      },
    },
    'POST /api/v1/admin/payouts/:id/cancel': {
      summary: 'Give up a payout that surely did not leave; its money goes back (admins)',
      description:
        'A carrier payout’s money returns to the carrier’s payable, a refund’s to the order’s escrow. Refused while the outcome is unknown. Audited.',
      request: payoutActionValidator,
      responses: {
        200: { description: 'The payout, cancelled', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND',
        409: 'E_PAYOUT_OUTCOME_UNKNOWN: money may have left · E_INVALID_STATE',
        422: 'E_VALIDATION: a reason is required',
      },
    },
    'GET /api/v1/payout-number': {
      summary: 'Where the caller’s carrier is paid (its owner and dispatchers)',
      description:
        'The confirmed payout number, else the owner’s sign-in phone (masked); a number waiting for its code; and until when payouts wait after a change (PAYOUT_NUMBER_COOLING_HOURS).',
      responses: {
        200: { description: 'The payout number', body: payoutNumberSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: not the owner or a dispatcher of a carrier',
      },
    },
    'POST /api/v1/payout-number': {
      summary: 'Name a new payout number: a one-time code is texted to it (the carrier’s owner)',
      description:
        'Read in the owner’s country when typed without +. Nothing changes until the code comes back (POST /payout-number/confirm). Rate-limited like sign-in codes; needs a recent sign-in.',
      request: payoutNumberRequestValidator,
      responses: {
        202: { description: 'The code is sent; the number waits for it', body: payoutNumberSchema },
        401: unauthorized,
        403: `E_AUTHORIZATION_FAILURE: only the carrier’s owner · ${recentSignInRequired}`,
        409: 'E_ALREADY_PAYOUT_NUMBER',
        422: 'E_VALIDATION: not a phone of a supported country',
        429: 'E_TOO_MANY_REQUESTS',
        502: 'E_SMS_FAILED: the code could not be texted',
      },
    },
    'POST /api/v1/payout-number/confirm': {
      summary: 'Confirm the new payout number with the code it received (the carrier’s owner)',
      description:
        'From then on payouts go to it, after PAYOUT_NUMBER_COOLING_HOURS during which the carrier’s payouts wait (a stolen session cannot redirect money at once). Audited. A wrong, expired or used code is E_INVALID_CODE.',
      request: payoutNumberConfirmValidator,
      responses: {
        200: { description: 'The payout number', body: payoutNumberSchema },
        400: 'E_INVALID_CODE',
        401: unauthorized,
        403: `E_AUTHORIZATION_FAILURE: only the carrier’s owner · ${recentSignInRequired}`,
        409: 'E_NO_PENDING_NUMBER',
        422: 'E_VALIDATION',
      },
    },
    'GET /api/v1/payout-rail': {
      summary:
        'How the caller’s carrier is paid: mobile money or Stellar (its owner and dispatchers)',
      responses: {
        200: { description: 'The rail', body: payoutRailSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: not the owner or a dispatcher of a carrier',
      },
    },
    'PUT /api/v1/payout-rail': {
      summary: 'Choose how the carrier is paid (the carrier’s owner)',
      description:
        'Stellar pays the owner’s Stellar wallet (opened now if need be) from the platform’s account, in the asset of the payout’s currency. Audited; the carrier’s payouts wait PAYOUT_NUMBER_COOLING_HOURS after a change. Needs a recent sign-in.',
      request: payoutRailValidator,
      responses: {
        200: { description: 'The rail', body: payoutRailSchema },
        401: unauthorized,
        403: `E_AUTHORIZATION_FAILURE: only the carrier’s owner · ${recentSignInRequired}`,
        404: 'E_STELLAR_DISABLED: the Stellar rail is off here',
        409: 'E_STELLAR_WALLET_NOT_READY: the wallet is not on the network yet',
        422: 'E_VALIDATION',
        502: 'E_STELLAR_UNAVAILABLE: the Stellar network could not be reached',
      },
    },
    'GET /api/v1/stellar-wallet': {
      summary: 'The caller’s Stellar wallet (never its secret)',
      responses: {
        200: {
          description: 'The wallet, or publicKey null when none is open',
          body: stellarWalletSchema,
        },
        401: unauthorized,
      },
    },
    'POST /api/v1/stellar-wallet': {
      summary: 'Open the caller’s Stellar wallet',
      description:
        'One keypair per user, made once (a repeat answers the same wallet), its secret encrypted with the app key; on testnet funded by Friendbot (STELLAR_FRIENDBOT_URL), then trusting the assets payouts are made in. A step that fails is taken again by the next call.',
      responses: {
        201: { description: 'The wallet', body: stellarWalletSchema },
        401: unauthorized,
        404: 'E_STELLAR_DISABLED: the Stellar rail is off here',
        502: 'E_STELLAR_UNAVAILABLE: the Stellar network could not be reached',
      },
    },
    'POST /api/v1/admin/payouts/:id/mark-sent': {
      summary: 'Record a payout the provider confirmed as paid, with its receipt (admins)',
      description:
        'For a payout whose result never came (or was wrong) once the provider’s own records show it arrived: it settles once, as a result callback would, and the carrier is told. Only a payout that was sent and is not sent or cancelled already. Audited; needs a recent sign-in.',
      request: markPayoutSentValidator,
      responses: {
        200: { description: 'The payout, sent', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND',
        409: 'E_INVALID_STATE: not sent yet, already sent or cancelled',
        422: 'E_VALIDATION: a receipt and a reason are required',
      },
    },
    'POST /api/v1/admin/payouts/:id/refunded-by-hand': {
      summary: 'Record a refund returned to the payer by hand (admins)',
      description:
        'For a refund no provider can send from here (its pay-in’s provider pays nothing out in that currency: `failureReason` `manual_return`), or one that failed for good: once an operator has given the money back outside Njia (the provider’s merchant portal, say), it settles once (`refund_payout_returned_by_hand` journal: refund payable -> provider clearing) with the transfer’s reference if any, and the payer is told. Refused for anything but a failed refund with nothing in flight. Audited with the reason; needs a recent sign-in.',
      request: refundedByHandValidator,
      responses: {
        200: { description: 'The refund, sent', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND',
        409: 'E_INVALID_STATE: not a refund, not failed, or its outcome is unknown',
        422: 'E_VALIDATION: a reason is required',
      },
    },
    'POST /api/v1/admin/payouts/:id/mark-failed': {
      summary: 'Record that a payout of unknown outcome did not leave (admins)',
      description:
        'Once the provider’s records show nothing left for the current key: the payout fails for good (`not_sent`), so a retry gets a new key and it may be cancelled. Refused when the outcome is known. Audited; needs a recent sign-in.',
      request: payoutActionValidator,
      responses: {
        200: { description: 'The payout, failed', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND',
        409: 'E_INVALID_STATE: the outcome is known',
        422: 'E_VALIDATION: a reason is required',
      },
    },
    'POST /api/v1/admin/orders/:id/refunds': {
      summary: 'Refund a paid order to the number that paid it (admins)',
      description:
        'Moves `amount` (minor units; the whole escrow when absent) from the order’s escrow to refund payable and sends it by M-Pesa B2C. Partial refunds are allowed up to what escrow holds. The same `key` refunds once: a repeat answers 200 with the first refund. Audited.',
      request: refundValidator,
      responses: {
        201: { description: 'The refund, queued', body: payoutSchema },
        200: { description: 'The refund this key already made', body: payoutSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        404: 'E_NOT_FOUND: no such order',
        409: 'E_LEDGER_REFUSED: a concurrent refund took the money first',
        422: 'E_REFUND_REFUSED: nothing held, more than held, above the per-transaction limit, no payer number (in the admin’s language) · E_VALIDATION',
      },
    },
    'GET /api/v1/admin/payouts/switch': {
      summary: 'The payout kill switch (admins)',
      responses: {
        200: { description: 'The switch', body: payoutSwitchSchema },
        401: unauthorized,
        403: adminOnly,
      },
    },
    'PUT /api/v1/admin/payouts/switch': {
      summary: 'Pause or resume all outgoing money (admins, with a reason)',
      description:
        'Paused, payouts and refunds wait in the queue (nothing is lost) and leave when resumed. PAYOUTS_PAUSED=true in the environment pauses too, and only a deploy resumes it. Audited.',
      request: payoutSwitchValidator,
      responses: {
        200: { description: 'The switch', body: payoutSwitchSchema },
        401: unauthorized,
        403: adminRecentlySignedIn,
        409: 'E_PAUSED_BY_ENVIRONMENT',
        422: 'E_VALIDATION',
      },
    },
    'POST /api/v1/webhooks/mpesa/b2c/:which/:token': {
      summary:
        'Daraja’s B2C result (`which=result`) and queue-timeout (`which=timeout`) callbacks, and the results of a Transaction Status query (`status`, `status_timeout`)',
      description:
        'The URLs we gave Daraja for one payout; the token is its secret. The body is Daraja’s `{"Result":{...}}`. Stored once per kind and OriginatorConversationID, applied by a job: it must name the payout’s current key (a status result names it in its ResultParameters) and its amount, on success; a replay changes nothing. Answers Daraja’s acknowledgement at once.',
      tags: ['webhooks'],
      security: [],
      request: b2cCallbackValidator,
      responses: {
        200: {
          description: 'Accepted',
          body: z.object({ ResultCode: z.number().int(), ResultDesc: z.string() }),
        },
        400: 'E_BAD_CALLBACK: not a B2C result',
        404: 'E_NOT_FOUND: no payout has this token (logged, nothing stored)',
        422: 'E_VALIDATION: the token is malformed',
      },
    },
    'POST /api/v1/webhooks/mpesa/stk/:token': {
      summary: 'Daraja’s STK push callback',
      description:
        'The URL we gave Daraja for one attempt; its token is the attempt’s secret. The body is Daraja’s `{"Body":{"stkCallback":{...}}}`. It is stored once per CheckoutRequestID and applied by a job after the STK query confirms it; a replay changes nothing. Answers Daraja’s acknowledgement at once.',
      tags: ['webhooks'],
      security: [],
      request: callbackTokenValidator,
      responses: {
        200: {
          description: 'Accepted',
          body: z.object({ ResultCode: z.number().int(), ResultDesc: z.string() }),
        },
        400: 'E_BAD_CALLBACK: not an STK callback',
        404: 'E_NOT_FOUND: no attempt has this token (logged, nothing stored)',
        422: 'E_VALIDATION: the token is malformed',
      },
    },
    'POST /api/v1/webhooks/orange_money/:token': {
      summary: 'Orange Money’s payment notification',
      description:
        'The notif_url we gave Orange for one attempt; its token is the attempt’s secret. The body is Orange’s `{"status":"SUCCESS|FAILED","notif_token":"…","txnid":"…"}`; its notif_token must be the one Orange’s web payment answer gave for this attempt. Stored once, applied by a job after the transaction status confirms it; a replay changes nothing.',
      tags: ['webhooks'],
      security: [],
      request: callbackTokenValidator,
      responses: {
        200: { description: 'Received', body: z.object({ received: z.boolean() }) },
        400: 'E_BAD_CALLBACK: not an Orange Money notification',
        404: 'E_NOT_FOUND: no attempt has this token (logged, nothing stored)',
        422: 'E_VALIDATION: the token is malformed',
      },
    },
    'POST /api/v1/webhooks/airtel': {
      summary: 'Airtel Money’s collection callback',
      description:
        'The callback URL registered for the Airtel Africa app. The body is Airtel’s `{"transaction":{"id","message","status_code":"TS|TF","airtel_money_id"}}`; `id` is our transaction id. When AIRTEL_CALLBACK_SECRET is set (Airtel’s callback with authentication) the body must also carry `hash`, the Base64 HMAC-SHA256 of the `transaction` object under that key; otherwise it is unsigned. It is matched to our attempt, stored once per id and status, and applied by a job only after the transaction enquiry agrees. A callback about a transaction we never started is acknowledged and changes nothing.',
      tags: ['webhooks'],
      security: [],
      responses: {
        200: { description: 'Received', body: z.object({ received: z.boolean() }) },
        400: 'E_BAD_CALLBACK: not an Airtel Money callback',
        401: 'E_BAD_SIGNATURE: AIRTEL_CALLBACK_SECRET is set and the hash is missing or does not match (logged, nothing stored)',
      },
    },
    'POST /api/v1/webhooks/orange_money_cashin': {
      summary: 'Orange Money’s cash-in notification',
      description:
        'The URL registered once with Orange’s merchant callback (`POST /api/notification/v1/merchantcallback`, with ORANGE_CASHIN_CALLBACK_API_KEY as its `apiKey`). The notification must carry `Authorization: Basic <apiKey>`; its body is the cash-in transaction (`{"transactionId","status","reference","amount":{"value","unit"},"type":"CASHIN",...}`), `reference` being our payout key. It is only a hint: stored once per reference, transaction and status, and a job asks Orange (transaction status, or the search by reference) before anything changes. A notification about a reference we never sent is acknowledged and changes nothing.',
      tags: ['webhooks'],
      security: [],
      responses: {
        200: { description: 'Received', body: z.object({ received: z.boolean() }) },
        400: 'E_BAD_CALLBACK: not an Orange Money cash-in notification',
        401: 'E_BAD_SIGNATURE: no apiKey, or not ours (logged, nothing stored)',
      },
    },
    'POST /api/v1/webhooks/wave': {
      summary: 'Wave’s webhook (checkout events)',
      description:
        'The URL registered in Wave’s Business Portal with the signing-secret strategy. `Wave-Signature: t=<unix seconds>,v1=<hex>`, v1 = HMAC-SHA256(WAVE_WEBHOOK_SECRET, t + raw body), checked over the raw bytes; a timestamp more than 5 minutes away is refused. `checkout.session.completed` and `checkout.session.payment_failed` are stored once per event id and applied by a job after the session read confirms them; other events, and sessions we did not open, are acknowledged and change nothing.',
      tags: ['webhooks'],
      security: [],
      responses: {
        200: { description: 'Received', body: z.object({ received: z.boolean() }) },
        400: 'E_BAD_CALLBACK: the body is not JSON',
        401: 'E_BAD_SIGNATURE: no signature, a stale timestamp, or one that does not match (logged, nothing stored)',
      },
    },
  },
}
