import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import type {} from '#accounts/access_events'
import DomainException from '#core/exceptions/domain_exception'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import type { Locale } from '#core/locales'
import OrganisationService from '#accounts/services/organisation_service'
import { localeForPhone } from '#core/phone'
import { roleFitsKind } from '#accounts/membership_rules'

export interface AdminUserChanges {
  name?: string | null
  role?: Role
  locale?: Locale
  organisationId?: number | null
}

/** What operators do to anyone's account; the only way to make dispatchers and admins. */
@inject()
export default class AdminUserService {
  constructor(private organisations: OrganisationService) {}

  async list(filters: { role?: Role; page: number; perPage: number }) {
    const query = User.query().preload('organisation').orderBy('id', 'asc')
    if (filters.role) query.where('role', filters.role)
    return query.paginate(filters.page, filters.perPage)
  }

  async find(id: number): Promise<User> {
    const user = await User.find(id)
    if (!user) throw DomainException.notFound('User')
    return user
  }

  /** Dispatchers and admins without an organisation join the platform organisation. */
  async create(input: {
    phone: string
    name: string
    role: Role
    locale?: Locale
    organisationId?: number
  }): Promise<User> {
    if (await User.findBy('phone', input.phone)) {
      throw new DomainException('A user with this phone already exists.', {
        status: 409,
        code: 'E_PHONE_TAKEN',
        field: 'phone',
      })
    }
    const organisation = await this.organisationFor(input.role, input.organisationId)
    const user = await User.create({
      phone: input.phone,
      name: input.name,
      role: input.role,
      locale: input.locale ?? localeForPhone(input.phone),
      organisationId: organisation?.id ?? null,
    })
    await user.load('organisation')
    return user
  }

  /** `actor` cannot change their own role, so the last admin cannot lock everyone out. */
  async update(actor: User, user: User, changes: AdminUserChanges): Promise<User> {
    if (actor.id === user.id && changes.role !== undefined && changes.role !== user.role) {
      throw new DomainException('You cannot change your own role; ask another admin.', {
        status: 409,
        code: 'E_OWN_ROLE',
        field: 'role',
      })
    }
    const role = changes.role ?? user.role
    if (changes.role !== undefined || changes.organisationId !== undefined) {
      const organisationId =
        changes.organisationId !== undefined
          ? changes.organisationId
          : await this.currentOrganisationIfFitting(user, role)
      const organisation = await this.organisationFor(role, organisationId ?? undefined)
      user.organisationId = organisation?.id ?? null
      user.role = role
    }
    if (changes.name !== undefined) user.name = changes.name
    if (changes.locale !== undefined) user.locale = changes.locale
    const standingChanged =
      user.$dirty.role !== undefined || user.$dirty.organisationId !== undefined
    await user.save()
    if (standingChanged) await emitter.emit('user:access-changed', { userId: user.id })
    await user.load('organisation')
    return user
  }

  /** On a role change alone, the user stays where they are if the new role fits there. */
  private async currentOrganisationIfFitting(user: User, role: Role) {
    if (!user.organisationId) return null
    const current = await Organisation.find(user.organisationId)
    return current && roleFitsKind(role, current.kind) ? current.id : null
  }

  private async organisationFor(role: Role, organisationId?: number): Promise<Organisation | null> {
    if (organisationId === undefined) {
      return role === 'dispatcher' || role === 'admin' ? this.organisations.platform() : null
    }
    const organisation = await Organisation.find(organisationId)
    if (!organisation) {
      throw new DomainException('No organisation has this id.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'organisationId',
      })
    }
    if (!roleFitsKind(role, organisation.kind)) {
      throw new DomainException(`A ${role} cannot belong to a ${organisation.kind} organisation.`, {
        status: 422,
        code: 'E_VALIDATION',
        field: 'organisationId',
      })
    }
    return organisation
  }
}
