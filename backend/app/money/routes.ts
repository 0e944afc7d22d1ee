// Pay-ins of orders, and the providers' callbacks.
import router from '@adonisjs/core/services/router'
import { outsideProtocol } from '#core/http/outside_protocol'
import { middleware } from '#start/kernel'
import { payoutNumberRequestByPhone } from '#start/limiter'
import { CASHIN_NOTIFICATION_ROUTE } from '#money/providers/orange_cashin_wire'

const PaymentsController = () => import('#money/controllers/payments_controller')
const EarningsController = () => import('#money/controllers/earnings_controller')
const MpesaCallbacksController = () => import('#money/controllers/mpesa_callbacks_controller')
const WaveCallbacksController = () => import('#money/controllers/wave_callbacks_controller')
const AirtelCallbacksController = () => import('#money/controllers/airtel_callbacks_controller')
const OrangeMoneyCallbacksController = () =>
  import('#money/controllers/orange_money_callbacks_controller')
const OrangeCashinCallbacksController = () =>
  import('#money/controllers/orange_cashin_callbacks_controller')
const MpesaB2cCallbacksController = () =>
  import('#money/controllers/mpesa_b2c_callbacks_controller')
const PriceSplitController = () => import('#money/controllers/price_split_controller')
const PayoutNumbersController = () => import('#money/controllers/payout_numbers_controller')
const StellarWalletsController = () => import('#money/controllers/stellar_wallets_controller')
const AdminLedgerController = () => import('#money/controllers/admin_ledger_controller')
const AdminPayoutsController = () => import('#money/controllers/admin_payouts_controller')
const AdminPaymentsController = () => import('#money/controllers/admin_payments_controller')
const AdminPayoutNumberAlertsController = () =>
  import('#money/controllers/admin_payout_number_alerts_controller')

router
  .group(() => {
    router.get('/orders/:id/payments', [PaymentsController, 'index'])
    router.post('/orders/:id/payments', [PaymentsController, 'store'])
    router.get('/earnings', [EarningsController, 'index'])
    router.get('/price-split', [PriceSplitController, 'show'])
    router.get('/payout-number', [PayoutNumbersController, 'show'])
    router
      .post('/payout-number', [PayoutNumbersController, 'store'])
      .use([middleware.recentSignIn(), payoutNumberRequestByPhone])
    router
      .post('/payout-number/confirm', [PayoutNumbersController, 'confirm'])
      .use(middleware.recentSignIn())
    router.get('/payout-rail', [PayoutNumbersController, 'rail'])
    router
      .put('/payout-rail', [PayoutNumbersController, 'chooseRail'])
      .use(middleware.recentSignIn())
    router.get('/stellar-wallet', [StellarWalletsController, 'show'])
    router.post('/stellar-wallet', [StellarWalletsController, 'store'])
    router.get('/admin/payouts', [AdminPayoutsController, 'index'])
    router.get('/admin/ledger/totals', [AdminLedgerController, 'totals'])
    router.get('/admin/ledger/verification', [AdminLedgerController, 'verification'])
    router.get('/admin/payments/pending', [AdminPaymentsController, 'pending'])
    router.get('/admin/payments/reconciliations', [AdminPaymentsController, 'reconciliations'])
    router.get('/admin/orders/:id/ledger', [AdminLedgerController, 'order'])
    router.get('/admin/payouts/switch', [AdminPayoutsController, 'showSwitch'])
    router.get('/admin/payout-number-alerts', [AdminPayoutNumberAlertsController, 'index'])
    router.post('/admin/payout-number-alerts/:id/send', [AdminPayoutNumberAlertsController, 'send'])
    // Moving or stopping money needs a recent sign-in, like the console's other sensitive actions.
    router
      .group(() => {
        router.put('/admin/payouts/switch', [AdminPayoutsController, 'updateSwitch'])
        router.post('/admin/payouts/:id/retry', [AdminPayoutsController, 'retry'])
        router.post('/admin/payouts/:id/cancel', [AdminPayoutsController, 'cancel'])
        router.post('/admin/payouts/:id/mark-sent', [AdminPayoutsController, 'markSent'])
        router.post('/admin/payouts/:id/mark-failed', [AdminPayoutsController, 'markFailed'])
        router.post('/admin/payouts/:id/refunded-by-hand', [
          AdminPayoutsController,
          'refundedByHand',
        ])
        router.post('/admin/orders/:id/refunds', [AdminPayoutsController, 'refund'])
        router.post('/admin/payments/:id/check', [AdminPaymentsController, 'check'])
        router.post('/admin/payments/:id/close', [AdminPaymentsController, 'close'])
      })
      .use(middleware.recentSignIn())
  })
  .prefix('/api/v1')
  .use(middleware.auth())

// Providers call these without our access tokens: each is verified by its own means.
outsideProtocol(router.post('/api/v1/webhooks/mpesa/stk/:token', [MpesaCallbacksController, 'stk']))
outsideProtocol(router.post('/api/v1/webhooks/wave', [WaveCallbacksController, 'receive']))
outsideProtocol(
  router.post('/api/v1/webhooks/orange_money/:token', [OrangeMoneyCallbacksController, 'notify'])
)
outsideProtocol(
  router.post('/api/v1/webhooks/mpesa/b2c/:which/:token', [MpesaB2cCallbacksController, 'handle'])
)
outsideProtocol(router.post('/api/v1/webhooks/airtel', [AirtelCallbacksController, 'receive']))
outsideProtocol(
  router.post(CASHIN_NOTIFICATION_ROUTE, [OrangeCashinCallbacksController, 'receive'])
)

// The development phone: the M-Pesa and Airtel simulators' prompts, answered by hand (404 in production).
const DevPhoneController = () => import('#money/controllers/dev_phone_controller')
outsideProtocol(router.get('/api/v1/dev/phone', [DevPhoneController, 'show']))
outsideProtocol(router.get('/api/v1/dev/phone/payments/:id', [DevPhoneController, 'ofPayment']))
outsideProtocol(router.post('/api/v1/dev/phone/prompts/:ref', [DevPhoneController, 'answer']))
// The simulated Wave and Orange Money payment pages (404 in production).
const DevCheckoutController = () => import('#money/controllers/dev_checkout_controller')
outsideProtocol(router.get('/api/v1/dev/checkout/:ref', [DevCheckoutController, 'show']))
outsideProtocol(router.post('/api/v1/dev/checkout/:ref', [DevCheckoutController, 'answer']))
