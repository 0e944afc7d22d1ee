import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'health_checks': { paramsTuple?: []; params?: {} }
    'metrics': { paramsTuple?: []; params?: {} }
    'api_docs.document': { paramsTuple?: []; params?: {} }
    'api_docs.ui': { paramsTuple?: []; params?: {} }
    'api_docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'csp_reports': { paramsTuple?: []; params?: {} }
    'dev_outbox.index': { paramsTuple?: []; params?: {} }
    'delivery_reports.store': { paramsTuple?: []; params?: {} }
    'vehicle_types.index': { paramsTuple?: []; params?: {} }
    'vehicle_types.store': { paramsTuple?: []; params?: {} }
    'vehicle_types.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicles.index': { paramsTuple?: []; params?: {} }
    'vehicles.store': { paramsTuple?: []; params?: {} }
    'vehicles.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_photos.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_photos.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'photoId': ParamValue} }
    'vehicle_photos.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'photoId': ParamValue} }
    'vehicle_drivers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_drivers.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'driverId': ParamValue} }
    'fleet_documents.index': { paramsTuple?: []; params?: {} }
    'fleet_documents.store': { paramsTuple?: []; params?: {} }
    'fleet_documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.file': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.index': { paramsTuple?: []; params?: {} }
    'orders.store': { paramsTuple?: []; params?: {} }
    'orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.post': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.events': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.add_cargo_photo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.cargo_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'index': ParamValue} }
    'order_bids.mine': { paramsTuple?: []; params?: {} }
    'order_bids.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_bids.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_bids.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'bidId': ParamValue} }
    'order_bids.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'bidId': ParamValue} }
    'order_bids.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.unassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.suggestions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.proof_of_delivery': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.show_proof': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.proof_file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'file': ParamValue} }
    'order_execution.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_disputes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_disputes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_disputes.resolve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.organisation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.user': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'osmand': { paramsTuple?: []; params?: {} }
    'tracking_positions.store': { paramsTuple?: []; params?: {} }
    'driver_duty.update': { paramsTuple?: []; params?: {} }
    'nearby_drivers.index': { paramsTuple?: []; params?: {} }
    'trackers.index': { paramsTuple?: []; params?: {} }
    'trackers.store': { paramsTuple?: []; params?: {} }
    'trackers.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_tracks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dispatch_exceptions.index': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.unread_count': { paramsTuple?: []; params?: {} }
    'notifications.mark_read': { paramsTuple?: []; params?: {} }
    'notification_preferences.show': { paramsTuple?: []; params?: {} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
    'push_devices.store': { paramsTuple?: []; params?: {} }
    'push_devices.destroy': { paramsTuple?: []; params?: {} }
    'push_devices.config': { paramsTuple?: []; params?: {} }
    'push_outbox.index': { paramsTuple?: []; params?: {} }
    'chat_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'cooperatives.store': { paramsTuple?: []; params?: {} }
    'cooperatives.mine': { paramsTuple?: []; params?: {} }
    'cooperatives.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.centres': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.store_centre': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.mine': { paramsTuple?: []; params?: {} }
    'collection_routes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collections.sync': { paramsTuple?: []; params?: {} }
    'collections.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collections.correct': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.prices': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.set_prices': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.add_adjustment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.send_sms': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'intakes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'intakes.variance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reports.dashboard': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ussd': { paramsTuple?: []; params?: {} }
    'web_config.show': { paramsTuple?: []; params?: {} }
    'otp.request': { paramsTuple?: []; params?: {} }
    'otp.verify': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'organisations.store': { paramsTuple?: []; params?: {} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'organisations.add_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
    'admin_users.store': { paramsTuple?: []; params?: {} }
    'admin_users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  GET: {
    'health_checks': { paramsTuple?: []; params?: {} }
    'metrics': { paramsTuple?: []; params?: {} }
    'api_docs.document': { paramsTuple?: []; params?: {} }
    'api_docs.ui': { paramsTuple?: []; params?: {} }
    'api_docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'dev_outbox.index': { paramsTuple?: []; params?: {} }
    'vehicle_types.index': { paramsTuple?: []; params?: {} }
    'vehicles.index': { paramsTuple?: []; params?: {} }
    'vehicles.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_photos.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'photoId': ParamValue} }
    'fleet_documents.index': { paramsTuple?: []; params?: {} }
    'fleet_documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.file': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.index': { paramsTuple?: []; params?: {} }
    'orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.events': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.cargo_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'index': ParamValue} }
    'order_bids.mine': { paramsTuple?: []; params?: {} }
    'order_bids.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.suggestions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.show_proof': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.proof_file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'file': ParamValue} }
    'order_disputes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.organisation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.user': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'osmand': { paramsTuple?: []; params?: {} }
    'nearby_drivers.index': { paramsTuple?: []; params?: {} }
    'trackers.index': { paramsTuple?: []; params?: {} }
    'order_tracks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dispatch_exceptions.index': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.unread_count': { paramsTuple?: []; params?: {} }
    'notification_preferences.show': { paramsTuple?: []; params?: {} }
    'push_devices.config': { paramsTuple?: []; params?: {} }
    'push_outbox.index': { paramsTuple?: []; params?: {} }
    'chat_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'cooperatives.mine': { paramsTuple?: []; params?: {} }
    'cooperatives.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.centres': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.mine': { paramsTuple?: []; params?: {} }
    'collection_routes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collections.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.prices': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'intakes.variance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reports.dashboard': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'web_config.show': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
  }
  HEAD: {
    'health_checks': { paramsTuple?: []; params?: {} }
    'metrics': { paramsTuple?: []; params?: {} }
    'api_docs.document': { paramsTuple?: []; params?: {} }
    'api_docs.ui': { paramsTuple?: []; params?: {} }
    'api_docs.asset': { paramsTuple: [ParamValue]; params: {'file': ParamValue} }
    'dev_outbox.index': { paramsTuple?: []; params?: {} }
    'vehicle_types.index': { paramsTuple?: []; params?: {} }
    'vehicles.index': { paramsTuple?: []; params?: {} }
    'vehicles.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_photos.show': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'photoId': ParamValue} }
    'fleet_documents.index': { paramsTuple?: []; params?: {} }
    'fleet_documents.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.file': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.index': { paramsTuple?: []; params?: {} }
    'orders.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.events': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.cargo_photo': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'index': ParamValue} }
    'order_bids.mine': { paramsTuple?: []; params?: {} }
    'order_bids.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.suggestions': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.show_proof': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.proof_file': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'file': ParamValue} }
    'order_disputes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.organisation': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.user': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'nearby_drivers.index': { paramsTuple?: []; params?: {} }
    'trackers.index': { paramsTuple?: []; params?: {} }
    'order_tracks.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dispatch_exceptions.index': { paramsTuple?: []; params?: {} }
    'notifications.index': { paramsTuple?: []; params?: {} }
    'notifications.unread_count': { paramsTuple?: []; params?: {} }
    'notification_preferences.show': { paramsTuple?: []; params?: {} }
    'push_devices.config': { paramsTuple?: []; params?: {} }
    'push_outbox.index': { paramsTuple?: []; params?: {} }
    'chat_messages.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.attachment': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'messageId': ParamValue} }
    'cooperatives.mine': { paramsTuple?: []; params?: {} }
    'cooperatives.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.centres': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.mine': { paramsTuple?: []; params?: {} }
    'collection_routes.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collections.index': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.prices': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'intakes.variance': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'reports.dashboard': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'web_config.show': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'organisations.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.index': { paramsTuple?: []; params?: {} }
  }
  POST: {
    'csp_reports': { paramsTuple?: []; params?: {} }
    'delivery_reports.store': { paramsTuple?: []; params?: {} }
    'vehicle_types.store': { paramsTuple?: []; params?: {} }
    'vehicles.store': { paramsTuple?: []; params?: {} }
    'vehicle_photos.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_drivers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.store': { paramsTuple?: []; params?: {} }
    'fleet_documents.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'fleet_documents.reject': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.store': { paramsTuple?: []; params?: {} }
    'orders.post': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.cancel': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.add_cargo_photo': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_bids.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_bids.accept': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.assign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_dispatch.unassign': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.status': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.proof_of_delivery': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_execution.confirm': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_disputes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_disputes.resolve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ratings.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'osmand': { paramsTuple?: []; params?: {} }
    'tracking_positions.store': { paramsTuple?: []; params?: {} }
    'driver_duty.update': { paramsTuple?: []; params?: {} }
    'trackers.store': { paramsTuple?: []; params?: {} }
    'notifications.mark_read': { paramsTuple?: []; params?: {} }
    'push_devices.store': { paramsTuple?: []; params?: {} }
    'chat_messages.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'chat_messages.read': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'cooperatives.store': { paramsTuple?: []; params?: {} }
    'cooperatives.store_centre': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.approve': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collections.sync': { paramsTuple?: []; params?: {} }
    'collections.correct': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.add_adjustment': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'statements.send_sms': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'intakes.store': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'ussd': { paramsTuple?: []; params?: {} }
    'otp.request': { paramsTuple?: []; params?: {} }
    'otp.verify': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'organisations.store': { paramsTuple?: []; params?: {} }
    'organisations.add_member': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'admin_users.store': { paramsTuple?: []; params?: {} }
  }
  PATCH: {
    'vehicle_types.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicles.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'orders.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'order_bids.update': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'bidId': ParamValue} }
    'notification_preferences.update': { paramsTuple?: []; params?: {} }
    'cooperatives.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'collection_routes.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'farmers.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.update': { paramsTuple?: []; params?: {} }
    'admin_users.update': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  DELETE: {
    'vehicles.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'vehicle_photos.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'photoId': ParamValue} }
    'vehicle_drivers.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'driverId': ParamValue} }
    'order_bids.destroy': { paramsTuple: [ParamValue,ParamValue]; params: {'id': ParamValue,'bidId': ParamValue} }
    'trackers.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'push_devices.destroy': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'statements.set_prices': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}