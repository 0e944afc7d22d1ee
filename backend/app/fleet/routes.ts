// Fleet: vehicle types, vehicles, photos, driver assignment, documents and their review.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const VehicleTypesController = () => import('#fleet/controllers/vehicle_types_controller')
const VehiclesController = () => import('#fleet/controllers/vehicles_controller')
const VehiclePhotosController = () => import('#fleet/controllers/vehicle_photos_controller')
const VehicleDriversController = () => import('#fleet/controllers/vehicle_drivers_controller')
const FleetDocumentsController = () => import('#fleet/controllers/fleet_documents_controller')
const FleetReadinessController = () => import('#fleet/controllers/fleet_readiness_controller')

router
  .group(() => {
    router.get('/vehicle-types', [VehicleTypesController, 'index'])
    router.post('/vehicle-types', [VehicleTypesController, 'store'])
    router.patch('/vehicle-types/:id', [VehicleTypesController, 'update'])

    router.get('/vehicles', [VehiclesController, 'index'])
    router.post('/vehicles', [VehiclesController, 'store'])
    router.get('/vehicles/:id', [VehiclesController, 'show'])
    router.patch('/vehicles/:id', [VehiclesController, 'update'])
    router.delete('/vehicles/:id', [VehiclesController, 'destroy'])

    router.post('/vehicles/:id/photos', [VehiclePhotosController, 'store'])
    router.get('/vehicles/:id/photos/:photoId', [VehiclePhotosController, 'show'])
    router.delete('/vehicles/:id/photos/:photoId', [VehiclePhotosController, 'destroy'])

    router.post('/vehicles/:id/drivers', [VehicleDriversController, 'store'])
    router.delete('/vehicles/:id/drivers/:driverId', [VehicleDriversController, 'destroy'])

    router.get('/fleet/readiness', [FleetReadinessController, 'show'])

    router.get('/documents', [FleetDocumentsController, 'index'])
    router.post('/documents', [FleetDocumentsController, 'store'])
    router.get('/documents/:id', [FleetDocumentsController, 'show'])
    router.get('/documents/:id/file', [FleetDocumentsController, 'file'])
    router.post('/documents/:id/verify', [FleetDocumentsController, 'verify'])
    router.post('/documents/:id/reject', [FleetDocumentsController, 'reject'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
