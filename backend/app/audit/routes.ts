// The audit log: search and CSV export, for admins.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const AuditEventsController = () => import('#audit/controllers/audit_events_controller')

router
  .group(() => {
    router.get('/admin/audit-events', [AuditEventsController, 'index'])
    router.get('/admin/audit-events/export', [AuditEventsController, 'export'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
