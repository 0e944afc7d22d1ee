// The development outbox: what the log transport would have sent.
import router from '@adonisjs/core/services/router'
import { outsideProtocol } from '#core/http/outside_protocol'

const DevOutboxController = () => import('#sms/controllers/dev_outbox_controller')

router.get('/api/v1/dev/outbox', [DevOutboxController, 'index'])

const DeliveryReportsController = () => import('#sms/controllers/delivery_reports_controller')

// Africa's Talking calls it (form-encoded), without our access tokens.
outsideProtocol(
  router.post('/api/v1/webhooks/africastalking/sms-delivery-reports', [
    DeliveryReportsController,
    'store',
  ])
)
