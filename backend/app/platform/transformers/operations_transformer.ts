import type OperationsService from '#platform/services/operations_service'
import HealthReportTransformer, {
  healthReportSchema,
} from '#platform/transformers/health_report_transformer'
import { isoDateTime, named, toIso, z } from '#core/contract/response_schema'

const count = () => z.number().int().nonnegative()

export const operationsSchema = named(
  'Operations',
  z.object({
    health: healthReportSchema
      .nullable()
      .meta({ description: `null: the checks did not answer within a few seconds` }),
    queues: z
      .array(
        z.object({
          name: z.string().meta({ examples: ['money.send-payout'] }),
          ready: count(),
          deferred: count().meta({ description: 'Waiting for their start time (retries)' }),
          active: count(),
          failed: count().meta({ description: 'Failed jobs still kept by the queue' }),
        })
      )
      .nullable()
      .meta({ description: 'null: the queue cannot be read now (its health check says why)' }),
    failures: z
      .array(
        z.object({
          id: z.string(),
          queue: z.string(),
          attempts: z.number().int().positive(),
          failedAt: isoDateTime().nullable(),
          error: z.string(),
        })
      )
      .nullable(),
    today: z.object({
      since: isoDateTime().meta({ description: '00:00 UTC today' }),
      ordersPosted: count(),
      ordersAssigned: count(),
      ordersDelivered: count(),
      deliveredWithWindow: count().meta({ description: 'Delivered today with a drop-off window' }),
      deliveredOnTime: count().meta({
        description: 'Of those, delivered before the window closed',
      }),
      gpsPoints: count(),
      paymentsReceived: count(),
      paymentsFailed: count(),
      paymentSuccessRate: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .meta({ description: 'received / (received + failed); null with neither' }),
    }),
  })
)

type Overview = Awaited<ReturnType<OperationsService['overview']>>

export default class OperationsTransformer {
  static toJSON(overview: Overview): z.infer<typeof operationsSchema> {
    return {
      health: overview.health ? HealthReportTransformer.toJSON(overview.health) : null,
      queues: overview.queues,
      failures:
        overview.failures?.map((failure) => ({
          ...failure,
          failedAt: failure.failedAt ? failure.failedAt.toISOString() : null,
        })) ?? null,
      today: { ...overview.today, since: toIso(overview.today.since)! },
    }
  }
}
