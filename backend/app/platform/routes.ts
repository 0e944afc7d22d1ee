// Health, metrics, the OpenAPI document and Swagger UI, CSP reports.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const HealthChecksController = () => import('#platform/controllers/health_checks_controller')
const MetricsController = () => import('#platform/controllers/metrics_controller')
const ApiDocsController = () => import('#platform/controllers/api_docs_controller')
const CspReportsController = () => import('#platform/controllers/csp_reports_controller')
const AdminOperationsController = () => import('#platform/controllers/admin_operations_controller')

router.get('/health', [HealthChecksController])
router.get('/metrics', [MetricsController])
router.get('/openapi.json', [ApiDocsController, 'document'])
router.get('/docs', [ApiDocsController, 'ui'])
router.get('/docs/:file', [ApiDocsController, 'asset'])
router.post('/csp-report', [CspReportsController])

router
  .group(() => {
    router.get('/admin/operations', [AdminOperationsController, 'show'])
    router.post('/admin/operations/jobs/:queue/:id/retry', [AdminOperationsController, 'retry'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
