import { localeSchema } from '#core/contract/enums'
import type Farmer from '#collections/models/farmer'
import { FARMER_STATUSES } from '#collections/models/farmer'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

export const farmerSchema = named(
  'Farmer',
  z.object({
    id: id(),
    cooperativeId: id(),
    phone: z.string().meta({ examples: ['+254712345678'] }),
    name: z.string(),
    memberNumber: z.string().meta({ examples: ['K0042'] }),
    locale: localeSchema,
    payoutPhone: z.string(),
    nationalId: z.string().nullable(),
    status: z.enum(FARMER_STATUSES),
    stopId: id().nullable(),
    createdAt: isoDateTime(),
  })
)

export default class FarmerTransformer {
  static toJSON(farmer: Farmer): z.infer<typeof farmerSchema> {
    return {
      id: farmer.id,
      cooperativeId: farmer.cooperativeId,
      phone: farmer.phone,
      name: farmer.name,
      memberNumber: farmer.memberNumber,
      locale: farmer.locale,
      payoutPhone: farmer.payoutPhone,
      nationalId: farmer.nationalId,
      status: farmer.status,
      stopId: farmer.stopId,
      createdAt: toIso(farmer.createdAt),
    }
  }
}
