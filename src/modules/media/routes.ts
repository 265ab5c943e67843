import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { App } from '../../platform/http.js';

export async function registerMediaRoutes(_app: App, _db: Db, _options: Config['media']): Promise<void> {
  // Filled in with the upload, serving and download routes.
}
