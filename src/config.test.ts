import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has working defaults: port 3000 on all interfaces, SQLite under ./data', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.database).toEqual({ kind: 'sqlite', file: './data/gateway.sqlite', synchronous: 'FULL' });
    expect(c.passwordScryptN).toBe(2 ** 17);
  });

  it('reads PostgreSQL URLs and numbers from strings', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db', PORT: '8080', PG_POOL_MAX: '4' });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u@h:5432/db', poolMax: 4 });
    expect(c.port).toBe(8080);
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', COOKIE_SECRET: 'short' });
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('LOG_LEVEL');
      expect(message).toContain('COOKIE_SECRET');
    }
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ PASSWORD_SCRYPT_N: '1000' })).toThrow(/PASSWORD_SCRYPT_N/);
  });
});

it('never echoes a secret value in its error', () => {
  expect(() => loadConfig({ COOKIE_SECRET: 'hunter2' })).toThrow(/COOKIE_SECRET/);
  expect(() => loadConfig({ COOKIE_SECRET: 'hunter2' })).not.toThrow(/hunter2/);
});
