import router from '@adonisjs/core/services/router'
import db from '@adonisjs/lucid/services/db'

router.get('/health', async () => {
  await db.rawQuery('select postgis_version()')
  return { status: 'ok' }
})
