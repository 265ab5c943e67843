// storefront: PLACEHOLDER — public catalog reads for shoppers (home, product detail, seller page).
import type { Db } from '../../db/database.js';
import type { App } from '../../platform/http.js';

export function registerStorefrontRoutes(_app: App, _db: Db): void {}
