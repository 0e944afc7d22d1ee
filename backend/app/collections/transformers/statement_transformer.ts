import type MilkPrice from '#collections/models/milk_price'
import type FarmerAdjustment from '#collections/models/farmer_adjustment'
import type RouteIntake from '#collections/models/route_intake'
import type { Statement } from '#collections/services/statement_service'
import CollectionTransformer from '#collections/transformers/collection_transformer'

export default class StatementTransformer {
  static price(price: MilkPrice) {
    return { grade: price.grade, pricePerLitre: price.pricePerLitre }
  }

  static adjustment(adjustment: FarmerAdjustment) {
    return {
      id: adjustment.id,
      farmerId: adjustment.farmerId,
      period: adjustment.period,
      kind: adjustment.kind,
      amount: adjustment.amount,
      signedAmount: adjustment.signedAmount,
      note: adjustment.note,
      createdAt: adjustment.createdAt.toISO(),
    }
  }

  static statement(statement: Statement, summary: string) {
    return {
      farmer: {
        id: statement.farmer.id,
        name: statement.farmer.name,
        memberNumber: statement.farmer.memberNumber,
        phone: statement.farmer.phone,
      },
      cooperative: { id: statement.cooperative.organisationId, name: statement.cooperativeName },
      period: statement.period,
      currency: statement.cooperative.currency,
      priced: statement.priced,
      litresByGrade: statement.litresByGrade,
      rejectedLitres: statement.rejectedLitres,
      prices: statement.prices,
      gross: statement.gross,
      adjustments: statement.adjustments.map((a) => this.adjustment(a)),
      net: statement.net,
      smsSummary: summary,
      collections: statement.collections.map((c) => CollectionTransformer.toJSON(c)),
    }
  }

  static intake(intake: RouteIntake) {
    return {
      id: intake.id,
      routeId: intake.routeId,
      date: intake.collectedOn.toISODate(),
      shift: intake.shift,
      quantityLitres: intake.quantityLitres,
      driverId: intake.driverId,
      recordedById: intake.recordedById,
    }
  }
}
