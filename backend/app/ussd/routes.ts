// USSD for feature phones: Africa's Talking posts each step here.
import router from '@adonisjs/core/services/router'

const UssdController = () => import('#ussd/controllers/ussd_controller')

router.post('/api/v1/ussd', [UssdController, 'handle'])
