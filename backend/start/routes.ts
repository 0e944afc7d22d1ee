/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Each capability registers its own routes in app/<capability>/routes.ts,
| under /api/v1 (or at the root for /health, /metrics, /osmand, ...). The
| web app's catch-all comes last.
|
*/

import '#platform/routes'
import '#accounts/routes'
import '#sms/routes'
import '#fleet/routes'
import '#orders/routes'
import '#tracking/routes'
import '#notifications/routes'
import '#chat/routes'
import '#collections/routes'
import '#money/routes'
import '#ussd/routes'
import '#audit/routes'
import '#places/routes'
import '#platform/web_routes'
