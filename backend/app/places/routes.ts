// Places: the gazetteer searched by name and by position.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const PlacesController = () => import('#places/controllers/places_controller')

router
  .group(() => {
    router.get('/places', [PlacesController, 'index'])
    router.get('/places/nearest', [PlacesController, 'nearest'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
