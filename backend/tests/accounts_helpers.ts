import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { ApiClient } from '@japa/api-client'
import type { Group } from '@japa/runner/core'
import Organisation, { type OrganisationKind } from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import SmsMessage from '#sms/models/sms_message'
import { clearRateLimits, isolateDatabase } from '#tests/helpers'

/**
 * Clean database and fresh rate-limit counters for every test of the group;
 * the counters are cleared again afterwards so later suites are not throttled.
 */
export function isolateAccounts(group: Group) {
  isolateDatabase(group)
  group.each.setup(async () => {
    await clearRateLimits()
    return () => clearRateLimits()
  })
}

let nextPhone = 712000000
/** A valid Kenyan mobile number no other test uses. */
export function uniquePhone() {
  return `+254${nextPhone++}`
}

export async function makeUser(attributes: {
  role?: Role
  phone?: string
  name?: string
  organisation?: Organisation | null
}) {
  return User.create({
    phone: attributes.phone ?? uniquePhone(),
    name: attributes.name ?? 'Test User',
    role: attributes.role ?? 'shipper',
    locale: 'en',
    organisationId: attributes.organisation?.id ?? null,
  })
}

/** A bearer token for `user`, as a sign-in would return it. */
export async function tokenFor(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/** A token of `user` as if they had signed in `minutesAgo`. */
export async function signedInAgo(user: User, minutesAgo: number) {
  const token = await tokenFor(user)
  const [last] = await db.from('auth_access_tokens').where('tokenable_id', user.id).max('id as id')
  await db
    .from('auth_access_tokens')
    .where('id', last.id)
    .update({ created_at: DateTime.now().minus({ minutes: minutesAgo }).toJSDate() })
  return token
}

export async function makeOrganisation(kind: OrganisationKind, owner?: User) {
  const organisation = await Organisation.create({
    name: `${kind} ${Math.random().toString(36).slice(2, 8)}`,
    kind,
    country: 'KE',
    ownerId: owner?.id ?? null,
  })
  if (owner) {
    owner.organisationId = organisation.id
    await owner.save()
  }
  return organisation
}

/** The last code the dev outbox shows for `phone`. */
export async function codeFromOutbox(client: ApiClient, phone: string) {
  const response = await client.get('/api/v1/dev/outbox').qs({ to: phone })
  const body = response.body().data[0]?.body as string | undefined
  const code = body?.match(/\b(\d{6})\b/)?.[1]
  if (!code) throw new Error(`No code in the outbox for ${phone}`)
  return code
}

export async function requestCode(client: ApiClient, phone: string) {
  const response = await client.post('/api/v1/auth/otp/request').json({ phone })
  response.assertStatus(202)
  return codeFromOutbox(client, phone)
}

async function count(table: string) {
  const [row] = await db.from(table).count('* as total')
  return Number(row.total)
}

/**
 * Row counts of the account tables, to prove a refused request wrote
 * nothing. (Tokens are left out: `loginAs` itself creates one.)
 */
export async function counts() {
  return {
    users: await count('users'),
    organisations: await count('organisations'),
    otpCodes: await count('otp_codes'),
    sms: await count('sms_messages'),
  }
}

/** `counts()` plus access tokens, for sign-in requests made without `loginAs`. */
export async function signInCounts() {
  return { ...(await counts()), tokens: await count('auth_access_tokens') }
}

/** The texts sent to `phone`, oldest first. */
export async function textsTo(phone: string) {
  const rows = await SmsMessage.query().where('to', phone).orderBy('id')
  return rows.map((row) => row.body)
}

export function codeIn(text: string) {
  return /(?:YES|OUI|NDIO) ([A-Z0-9]{6})/.exec(text)![1]
}

/** The owner adds someone by phone as a driver (an invitation when they have an account). */
export function invite(client: ApiClient, owner: User, organisationId: number, phone: string) {
  return client
    .post(`/api/v1/organisations/${organisationId}/members`)
    .json({ phone, role: 'driver' })
    .loginAs(owner)
}

export async function carrierWithOwner() {
  const owner = await makeUser({ role: 'driver', name: 'Joseph Mwangi' })
  const organisation = await makeOrganisation('carrier', owner)
  return { owner, organisation }
}
