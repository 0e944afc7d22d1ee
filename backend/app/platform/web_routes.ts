// The web app's public settings. The app itself (web/dist/browser) is served
// at / by #middleware/web_app_middleware for GET requests no route answers.
import router from '@adonisjs/core/services/router'

const WebConfigController = () => import('#platform/controllers/web_config_controller')

router.get('/api/v1/config', [WebConfigController, 'show'])
