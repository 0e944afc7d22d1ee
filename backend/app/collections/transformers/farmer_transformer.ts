import type Farmer from '#collections/models/farmer'

export default class FarmerTransformer {
  static toJSON(farmer: Farmer) {
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
      createdAt: farmer.createdAt.toISO(),
    }
  }
}
