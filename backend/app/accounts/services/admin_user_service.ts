import { DateTime } from 'luxon'
import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import db from '@adonisjs/lucid/services/db'
import AuditService from '#audit/services/audit_service'
import type {} from '#accounts/access_events'
import DomainException from '#core/exceptions/domain_exception'
import Organisation from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import type { Locale } from '#core/locales'
import OrganisationService from '#accounts/services/organisation_service'
import { localeForPhone } from '#core/phone'
import { roleFitsKind } from '#accounts/membership_rules'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

export interface AdminUserChanges {
  name?: string | null
  role?: Role
  locale?: Locale
  organisationId?: number | null
}

/** What operators do to anyone's account; the only way to make dispatchers and admins. */
@inject()
export default class AdminUserService {
  constructor(
    private organisations: OrganisationService,
    private audit: AuditService
  ) {}

  /** `q` finds a name (any part, any case) or a phone (its digits, in order, anywhere). */
  async list(filters: {
    role?: Role
    q?: string
    organisationId?: number
    suspended?: boolean
    page: number
    perPage: number
  }) {
    const query = User.query().preload('organisation').orderBy('id', 'asc')
    if (filters.role) query.where('role', filters.role)
    if (filters.organisationId) query.where('organisation_id', filters.organisationId)
    if (filters.suspended !== undefined) {
      if (filters.suspended) query.whereNotNull('suspended_at')
      else query.whereNull('suspended_at')
    }
    if (filters.q) {
      const words = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      const digits = filters.q.replace(/\D/g, '')
      query.where((match) => {
        match.whereILike('name', words)
        if (digits.length >= 3) match.orWhere('phone', 'like', `%${digits}%`)
      })
    }
    return query.paginate(filters.page, filters.perPage)
  }

  async find(id: number): Promise<User> {
    const user = await User.find(id)
    if (!user) throw DomainException.notFound('User')
    return user
  }

  /** Dispatchers and admins without an organisation join the platform organisation. */
  async create(
    actor: User,
    input: {
      phone: string
      name: string
      role: Role
      locale?: Locale
      organisationId?: number
    }
  ): Promise<User> {
    if (await User.findBy('phone', input.phone)) {
      throw new DomainException('A user with this phone already exists.', {
        status: 409,
        code: 'E_PHONE_TAKEN',
        field: 'phone',
      })
    }
    const organisation = await this.organisationFor(input.role, input.organisationId)
    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          phone: input.phone,
          name: input.name,
          role: input.role,
          locale: input.locale ?? localeForPhone(input.phone),
          organisationId: organisation?.id ?? null,
        },
        { client: trx }
      )
      await this.audit.record(
        {
          action: 'user.created',
          actor,
          subject: { type: 'user', id: created.id, name: created.name },
          after: standing(created),
        },
        trx
      )
      return created
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
    const changed = Object.keys(user.$dirty) as (keyof ReturnType<typeof standing>)[]
    if (changed.length > 0) {
      await db.transaction(async (trx) => {
        const before = Object.fromEntries(changed.map((key) => [key, user.$original[key] ?? null]))
        user.useTransaction(trx)
        await user.save()
        await this.audit.record(
          {
            action: 'user.updated',
            actor,
            subject: { type: 'user', id: user.id, name: user.name },
            before,
            after: Object.fromEntries(changed.map((key) => [key, user[key] ?? null])),
          },
          trx
        )
      })
    }
    if (standingChanged)
      await emitter.emit('user:access-changed', { userId: user.id, change: 'role' })
    await user.load('organisation')
    return user
  }

  /**
   * The account stops at once: no sign-in, every access token deleted, and
   * its open sockets dropped (realtime reviews them on `user:access-changed`
   * and finds no live token). Their work under way is released by those who
   * gave it (`user:suspended`). Nobody suspends themselves.
   */
  async suspend(actor: User, target: User, reason: string): Promise<User> {
    if (actor.id === target.id) {
      throw new DomainException('You cannot suspend yourself; ask another admin.', {
        status: 409,
        code: 'E_OWN_ACCOUNT',
      })
    }
    const user = await db.transaction(async (trx) => {
      const locked = await this.lock(target.id, trx)
      if (locked.suspendedAt) {
        throw new DomainException('This account is already suspended.', {
          status: 409,
          code: 'E_INVALID_STATE',
        })
      }
      locked.merge({ suspendedAt: DateTime.now(), suspensionReason: reason })
      await locked.save()
      const tokens = await trx.from('auth_access_tokens').where('tokenable_id', locked.id).delete()
      await this.audit.record(
        {
          action: 'user.suspended',
          actor,
          subject: { type: 'user', id: locked.id, name: locked.name },
          reason,
          before: { suspended: false },
          after: { suspended: true, tokensEnded: Number(tokens) },
        },
        trx
      )
      return locked
    })
    await emitter.emit('user:suspended', { userId: user.id, actorId: actor.id })
    await emitter.emit('user:access-changed', { userId: user.id, change: 'suspended' })
    await user.load('organisation')
    return user
  }

  async reinstate(actor: User, target: User, reason: string): Promise<User> {
    const user = await db.transaction(async (trx) => {
      const locked = await this.lock(target.id, trx)
      if (!locked.suspendedAt) {
        throw new DomainException('This account is not suspended.', {
          status: 409,
          code: 'E_INVALID_STATE',
        })
      }
      const before = { suspended: true, suspensionReason: locked.suspensionReason }
      locked.merge({ suspendedAt: null, suspensionReason: null })
      await locked.save()
      await this.audit.record(
        {
          action: 'user.reinstated',
          actor,
          subject: { type: 'user', id: locked.id, name: locked.name },
          reason,
          before,
          after: { suspended: false },
        },
        trx
      )
      return locked
    })
    await emitter.emit('user:access-changed', { userId: user.id, change: 'reinstated' })
    await user.load('organisation')
    return user
  }

  /** The full phone number, for an operator who needs to call; every reveal is logged. */
  async revealPhone(actor: User, target: User, reason: string): Promise<string> {
    await this.audit.record({
      action: 'user.phone_revealed',
      actor,
      subject: { type: 'user', id: target.id, name: target.name },
      reason,
    })
    return target.phone
  }

  private async lock(id: number, trx: TransactionClientContract) {
    const user = await User.query({ client: trx }).where('id', id).forUpdate().first()
    if (!user) throw DomainException.notFound('User')
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

/** What an audit row keeps of an account's standing. */
function standing(user: User) {
  return {
    name: user.name,
    role: user.role,
    locale: user.locale,
    organisationId: user.organisationId,
  }
}
