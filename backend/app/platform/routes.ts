// Health, metrics, the OpenAPI document and Swagger UI, CSP reports.
import router from '@adonisjs/core/services/router'

const HealthChecksController = () => import('#platform/controllers/health_checks_controller')
const MetricsController = () => import('#platform/controllers/metrics_controller')
const ApiDocsController = () => import('#platform/controllers/api_docs_controller')
const CspReportsController = () => import('#platform/controllers/csp_reports_controller')

router.get('/health', [HealthChecksController])
router.get('/metrics', [MetricsController])
router.get('/openapi.json', [ApiDocsController, 'document'])
router.get('/docs', [ApiDocsController, 'ui'])
router.get('/docs/:file', [ApiDocsController, 'asset'])
router.post('/csp-report', [CspReportsController])
