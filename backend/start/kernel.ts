import router from '@adonisjs/core/services/router'
import server from '@adonisjs/core/services/server'

server.errorHandler(() => import('#core/exceptions/handler'))

server.use([
  () => import('#core/middleware/security_headers_middleware'),
  () => import('#platform/middleware/http_metrics_middleware'),
  () => import('#core/middleware/container_bindings_middleware'),
  () => import('#core/middleware/force_json_response_middleware'),
  () => import('@adonisjs/cors/cors_middleware'),
  // Last: serves the web app for GETs no route answered.
  () => import('#platform/middleware/web_app_middleware'),
])

router.use([
  () => import('#audit/middleware/request_origin_middleware'),
  () => import('@adonisjs/core/bodyparser_middleware'),
  () => import('#core/middleware/reject_unsupported_body_middleware'),
  () => import('#core/middleware/reject_hostile_input_middleware'),
  () => import('@adonisjs/auth/initialize_auth_middleware'),
  () => import('#core/middleware/initialize_bouncer_middleware'),
])

export const middleware = router.named({
  auth: () => import('#core/middleware/auth_middleware'),
  recentSignIn: () => import('#accounts/middleware/recent_sign_in_middleware'),
})
