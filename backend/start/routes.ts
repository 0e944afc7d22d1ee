/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| One file per area under start/routes/, each registering its routes under
| /api/v1 (or at the root for /health, /metrics, /osmand, ...).
|
*/

import '#start/routes/platform'
import '#start/routes/accounts'
import '#start/routes/fleet'
import '#start/routes/orders'
import '#start/routes/tracking'
import '#start/routes/web'
