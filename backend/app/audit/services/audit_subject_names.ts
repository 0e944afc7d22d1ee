import type AuditEvent from '#audit/models/audit_event'
import type { AuditSubjectType } from '#audit/audit_subjects'

/** The names of some subjects of one type, by subject id (those it knows). */
export type SubjectNameLookup = (ids: string[]) => Promise<Map<string, string>>

/**
 * What an audit row's subject is called now, for rows recorded without a
 * name (before names were kept, or by an action that keeps none): the
 * console shows "Order: maize · Nairobi → Thika", never "#12". Rows are
 * never changed, so the name is found when the log is read. Each
 * capability names its own records and registers its lookup here
 * (providers/app_provider.ts), since audit reads none of them.
 * A container singleton.
 */
export default class AuditSubjectNames {
  #lookups = new Map<AuditSubjectType, SubjectNameLookup>()

  register(subjectType: AuditSubjectType, lookup: SubjectNameLookup) {
    this.#lookups.set(subjectType, lookup)
  }

  /** Names for the rows that kept none, by audit row id (a type nobody names is left out). */
  async of(events: AuditEvent[]): Promise<Map<number, string>> {
    const found = new Map<number, string>()
    const nameless = events.filter((event) => event.subjectName === null)
    for (const [type, ofType] of Map.groupBy(nameless, (event) => event.subjectType)) {
      const lookup = this.#lookups.get(type)
      if (!lookup) continue
      const names = await lookup([...new Set(ofType.map((event) => event.subjectId))])
      for (const event of ofType) {
        const name = names.get(event.subjectId)
        if (name) found.set(event.id, name)
      }
    }
    return found
  }
}
