// cart: PLACEHOLDER — shoppers' carts (signed-in and guest).
import type { Db } from '../../db/database.js';
import type { App } from '../../platform/http.js';

export function registerCartRoutes(_app: App, _db: Db): void {}
