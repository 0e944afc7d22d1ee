// The development outbox: what the log transport would have sent.
import router from '@adonisjs/core/services/router'

const DevOutboxController = () => import('#sms/controllers/dev_outbox_controller')

router.get('/api/v1/dev/outbox', [DevOutboxController, 'index'])
