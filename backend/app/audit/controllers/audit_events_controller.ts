import { Readable } from 'node:stream'
import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import { paginate } from '#core/contract/response_schema'
import AuditPolicy from '#audit/policies/audit_policy'
import AuditService from '#audit/services/audit_service'
import AuditSubjectNames from '#audit/services/audit_subject_names'
import AuditEventTransformer from '#audit/transformers/audit_event_transformer'
import { auditExportValidator, auditSearchValidator } from '#audit/validators/audit_search'

/** Admins search the audit log and export it as CSV (the export is itself recorded). */
@inject()
export default class AuditEventsController {
  constructor(
    private audit: AuditService,
    private subjectNames: AuditSubjectNames
  ) {}

  /** GET /api/v1/admin/audit-events?action=&actorId=&subjectType=&subjectId=&q=&from=&to=&page=&perPage= */
  async index({ bouncer, request }: HttpContext) {
    await bouncer.with(AuditPolicy).authorize('view')
    const { page, perPage, ...filters } = await auditSearchValidator.validate(request.qs())
    const found = await this.audit.search(filters, page ?? 1, perPage ?? 50)
    const namesNow = await this.subjectNames.of(found.all())
    return paginate(found, (event) =>
      AuditEventTransformer.toJSON(event, namesNow.get(event.id) ?? null)
    )
  }

  /** GET /api/v1/admin/audit-events/export (same filters) */
  async export({ auth, bouncer, request, response }: HttpContext) {
    await bouncer.with(AuditPolicy).authorize('view')
    const filters = await auditExportValidator.validate(request.qs())
    const user = auth.getUserOrFail()
    await this.audit.record({
      action: 'audit.exported',
      actor: { id: user.id, role: user.role, name: user.name },
      subject: { type: 'audit', id: 'export' },
      after: JSON.parse(JSON.stringify(filters)),
    })
    const day = new Date().toISOString().slice(0, 10)
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="njia-audit-${day}.csv"`)
    response.header('Cache-Control', 'private, no-store')
    return response.stream(
      Readable.from(this.audit.csv(filters, (events) => this.subjectNames.of(events)))
    )
  }
}
