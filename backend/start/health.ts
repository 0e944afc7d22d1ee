/*
|--------------------------------------------------------------------------
| Health checks
|--------------------------------------------------------------------------
|
| What GET /health runs. Another part of the app adds its own check with
| `healthChecks.append([new MyCheck()])` (a class extending BaseCheck from
| @adonisjs/core/health) from its provider or preload.
|
*/

import app from '@adonisjs/core/services/app'
import { HealthChecks } from '@adonisjs/core/health'
import { redisEnabled } from '#config/redis'
import DatabaseHealthCheck from '#platform/health/database_health_check'
import PostgisHealthCheck from '#platform/health/postgis_health_check'
import RedisHealthCheck from '#platform/health/redis_health_check'
import QueueHealthCheck from '#platform/health/queue_health_check'
import QueueService from '#core/services/queue_service'

export const healthChecks = new HealthChecks().register([
  new DatabaseHealthCheck(),
  new PostgisHealthCheck(),
])

healthChecks.append([new QueueHealthCheck(await app.container.make(QueueService))])

if (redisEnabled) healthChecks.append([new RedisHealthCheck()])
