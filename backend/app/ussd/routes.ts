// USSD for feature phones: Africa's Talking posts each step here.
import router from '@adonisjs/core/services/router'
import RejectHostileInputMiddleware from '#core/middleware/reject_hostile_input_middleware'

const UssdController = () => import('#ussd/controllers/ussd_controller')

router.post('/api/v1/ussd', [UssdController, 'handle'])
// Africa's Talking's wire format, its own rules (ussd_controller).
RejectHostileInputMiddleware.exempt.add('/api/v1/ussd')
