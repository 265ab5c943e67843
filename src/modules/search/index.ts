// search: PLACEHOLDER — the storefront's product search (SQLite FTS5 / PostgreSQL full text).
import type { Db, Engine } from '../../db/database.js';
import type { App } from '../../platform/http.js';

export function registerSearchRoutes(_app: App, _db: Db, _engine: Engine): void {}
