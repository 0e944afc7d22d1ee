import { BaseSeeder } from '@adonisjs/lucid/seeders'
import Organisation, { type OrganisationKind } from '#accounts/models/organisation'
import User, { type Role } from '#accounts/models/user'
import { localeForPhone } from '#core/phone'
import { PLATFORM_ORGANISATION_NAME } from '#accounts/services/organisation_service'

interface DemoOrganisation {
  name: string
  kind: OrganisationKind
  country: 'SN' | 'KE'
  members: { phone: string; name: string; role: Role; owner?: boolean }[]
}

/**
 * Demo accounts for `make dev`, in Kenya (+254) and Senegal (+221). Sign in
 * as any of them with the code from the dev outbox. Re-running changes nothing.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: PLATFORM_ORGANISATION_NAME,
    kind: 'platform',
    country: 'KE',
    members: [
      { phone: '+254700000001', name: 'Amina Odhiambo', role: 'admin' },
      { phone: '+254700000002', name: 'Brian Kiprop', role: 'dispatcher' },
    ],
  },
  {
    name: 'Mombasa Fresh Produce',
    kind: 'shipper',
    country: 'KE',
    members: [
      { phone: '+254700000010', name: 'Grace Wanjiru', role: 'shipper', owner: true },
      { phone: '+254700000011', name: 'Peter Otieno', role: 'shipper' },
    ],
  },
  {
    name: 'Rift Valley Haulage',
    kind: 'carrier',
    country: 'KE',
    members: [
      { phone: '+254700000020', name: 'Joseph Mwangi', role: 'driver', owner: true },
      { phone: '+254700000021', name: 'Faith Njeri', role: 'dispatcher' },
      { phone: '+254700000022', name: 'Samuel Kamau', role: 'driver' },
      { phone: '+254700000023', name: 'Daniel Ochieng', role: 'driver' },
    ],
  },
  {
    name: 'Dakar Agro Export',
    kind: 'shipper',
    country: 'SN',
    members: [
      { phone: '+221770000010', name: 'Aïssatou Diop', role: 'shipper', owner: true },
      { phone: '+221770000011', name: 'Cheikh Ba', role: 'shipper' },
    ],
  },
  {
    name: 'Transports Thiès Express',
    kind: 'carrier',
    country: 'SN',
    members: [
      { phone: '+221770000020', name: 'Mamadou Ndiaye', role: 'driver', owner: true },
      { phone: '+221770000021', name: 'Fatou Sarr', role: 'dispatcher' },
      { phone: '+221770000022', name: 'Ousmane Fall', role: 'driver' },
    ],
  },
]

export default class AccountsSeeder extends BaseSeeder {
  async run() {
    const options = { client: this.client }
    for (const demo of DEMO_ORGANISATIONS) {
      const organisation =
        (await Organisation.query(options).where({ name: demo.name, kind: demo.kind }).first()) ??
        (await Organisation.create(
          { name: demo.name, kind: demo.kind, country: demo.country, ownerId: null },
          options
        ))

      for (const member of demo.members) {
        const user = await User.updateOrCreate(
          { phone: member.phone },
          {
            name: member.name,
            role: member.role,
            organisationId: organisation.id,
            locale: localeForPhone(member.phone),
          },
          options
        )
        if (member.owner && organisation.ownerId !== user.id) {
          organisation.ownerId = user.id
          await organisation.save()
        }
      }
    }
  }
}
