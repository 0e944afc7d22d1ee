// USSD for feature phones: Africa's Talking posts each step here.
import router from '@adonisjs/core/services/router'
import { outsideProtocol } from '#core/http/outside_protocol'

const UssdController = () => import('#ussd/controllers/ussd_controller')

// Africa's Talking's wire format, its own rules (ussd_controller).
outsideProtocol(router.post('/api/v1/ussd', [UssdController, 'handle']))
