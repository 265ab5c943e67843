// One schema for the environment, parsed once at start-up. Every variable is listed in README.md.
import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

const Env = Type.Object({
  NODE_ENV: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')], { default: 'development' }),
  HOST: Type.String({ default: '0.0.0.0', minLength: 1 }),
  TRUST_PROXY: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_URL: Type.String({ default: 'file:./data/gateway.sqlite', minLength: 1 }),
  SQLITE_SYNCHRONOUS: Type.Union([Type.Literal('NORMAL'), Type.Literal('FULL')], { default: 'FULL' }),
  PG_POOL_MAX: Type.Integer({ default: 10, minimum: 1, maximum: 200 }),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
  COOKIE_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  // The key personal data is encrypted and hashed under (resident ID numbers); created as a file in
  // SECRETS_DIR on first start unless given. Losing it makes stored ID numbers unreadable.
  PII_KEY: Type.Optional(Type.String({ minLength: 32 })),
  // Badge PDFs: a .ttf/.otf/.ttc for names the standard PDF fonts cannot spell (Chinese, Korean,
  // Vietnamese…); `path#FaceName` picks a face of a .ttc; `none`: standard fonts only ('?' for the
  // rest). Unset: the system's Noto Sans CJK (Debian package fonts-noto-cjk) when installed.
  BADGE_FONT: Type.Optional(Type.String({ minLength: 1 })),
  BADGE_FONT_BOLD: Type.Optional(Type.String({ minLength: 1 })),
  // How long an unpaid order holds its stock and the buyer's annual room.
  PAYMENT_TIMEOUT_MINUTES: Type.Integer({ default: 30, minimum: 1, maximum: 24 * 60 }),
  // sandbox: the built-in wallet (offline, for demos and tests); alipay: the ALIPAY_* settings below.
  PAYMENT_PROVIDER: Type.Union([Type.Literal('sandbox'), Type.Literal('alipay')], { default: 'sandbox' }),
  // Card payments in USD (the conference's paid passes). Only the built-in sandbox card processor
  // exists so far (test cards, no real money); production start-up says so in the log.
  CARD_PROVIDER: Type.Literal('sandbox_card', { default: 'sandbox_card' }),
  ALIPAY_APP_ID: Type.Optional(Type.String({ minLength: 1 })),
  ALIPAY_PRIVATE_KEY: Type.Optional(Type.String({ minLength: 1 })),
  ALIPAY_PUBLIC_KEY: Type.Optional(Type.String({ minLength: 1 })),
  ALIPAY_GATEWAY: Type.String({ default: 'https://openapi.alipay.com/gateway.do' }),
  COOKIE_SECURE: Type.Union([Type.Literal('auto'), Type.Literal('true'), Type.Literal('false')], { default: 'auto' }),
  SESSION_TTL_HOURS: Type.Integer({ default: 24 * 14, minimum: 1, maximum: 24 * 365 }),
  SECRETS_DIR: Type.String({ default: './data/secrets', minLength: 1 }),
  SEED_DEMO: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16 })),
  LOGIN_MAX_FAILURES: Type.Integer({ default: 10, minimum: 1 }),
  LOGIN_WINDOW_MINUTES: Type.Integer({ default: 15, minimum: 1 }),
  AUTH_RATE_LIMIT_PER_MINUTE: Type.Integer({ default: 30, minimum: 1 }),
  FOOD_FACILITY_REQUIRED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+[^/]$' })),
  MAIL_TRANSPORT: Type.Union([Type.Literal('file'), Type.Literal('smtp'), Type.Literal('none')], { default: 'file' }),
  MAIL_FROM: Type.String({ default: 'Gateway <no-reply@gateway.example>', minLength: 3 }),
  MAIL_DIR: Type.String({ default: './data/mail', minLength: 1 }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  INVITATION_TTL_HOURS: Type.Integer({ default: 72, minimum: 1, maximum: 24 * 30 }),
  MEDIA_DIR: Type.String({ default: './data/media', minLength: 1 }),
  MAX_IMAGE_MB: Type.Integer({ default: 10, minimum: 1, maximum: 50 }),
  MAX_IMAGE_SIDE_PX: Type.Integer({ default: 8000, minimum: 100, maximum: 20000 }),
  MAX_DOCUMENT_MB: Type.Integer({ default: 10, minimum: 1, maximum: 50 }),
  PUBLIC_API_RATE_LIMIT_PER_MINUTE: Type.Integer({ default: 300, minimum: 1 }),
  PASSWORD_SCRYPT_N: Type.Union([14, 15, 16, 17, 18].map((e) => Type.Literal(2 ** e)), { default: 2 ** 17 }),
});
export type Env = Static<typeof Env>;

export type Config = {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  trustProxy: boolean;
  database: { kind: 'sqlite'; file: string; synchronous: 'NORMAL' | 'FULL' } | { kind: 'postgres'; url: string; poolMax: number };
  logLevel: string;
  cookieSecret: string | undefined;
  piiKey: string | undefined;
  badgeFonts: { regular?: string; bold?: string };
  paymentTimeoutMs: number;
  cardProvider: 'sandbox_card';
  payments: { provider: 'sandbox' } | { provider: 'alipay'; appId: string; privateKey: string; alipayPublicKey: string; gateway: string };
  cookieSecure: boolean | 'auto';
  sessionTtlMs: number;
  secretsDir: string;
  seedDemo: boolean;
  metricsToken: string | undefined;
  login: { maxFailures: number; windowMs: number; perIpPerMinute: number };
  /** Per-IP limit on the public endpoints that compute (quotes, calculator). */
  publicApiPerMinute: number;
  passwordScryptN: number;
  publicUrl: string;
  mail: { transport: 'file' | 'smtp' | 'none'; from: string; dir: string; smtpUrl: string | undefined };
  invitationTtlMs: number;
  catalog: { foodFacilityRequired: boolean };
  media: { dir: string; maxImageBytes: number; maxImageSidePx: number; maxDocumentBytes: number };
};

export class ConfigError extends Error {}

/** Values never echoed in error messages: they may hold credentials. */
const SECRET_KEYS = /SECRET|TOKEN|PASSWORD|DATABASE_URL|SMTP_URL/;

/** Parses and checks the environment; throws ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(Env.properties)) {
    const value = source[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const converted = Value.Convert(Env, Value.Default(Env, raw)) as Record<string, unknown>;
  // Checked one variable at a time, so the message names every bad one, once.
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(Env.properties) as Array<[string, TSchema]>) {
    const value = converted[key];
    if (value === undefined || Value.Check(schema, value)) continue;
    const choices = (schema as { anyOf?: Array<{ const?: unknown }> }).anyOf?.map((s) => s.const);
    const first = [...Value.Errors(schema, value)][0];
    problems.push(`${key}: ${choices ? `must be one of ${choices.join(', ')}` : (first?.message ?? "is invalid")}${SECRET_KEYS.test(key) ? '' : ` (got ${JSON.stringify(raw[key])})`}`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const env = converted as Env;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    trustProxy: env.TRUST_PROXY === 'true',
    database: parseDatabaseUrl(env.DATABASE_URL, env.SQLITE_SYNCHRONOUS, env.PG_POOL_MAX),
    logLevel: env.LOG_LEVEL,
    cookieSecret: env.COOKIE_SECRET,
    piiKey: env.PII_KEY,
    badgeFonts: { ...(env.BADGE_FONT ? { regular: env.BADGE_FONT } : {}), ...(env.BADGE_FONT_BOLD ? { bold: env.BADGE_FONT_BOLD } : {}) },
    paymentTimeoutMs: env.PAYMENT_TIMEOUT_MINUTES * 60_000,
    payments: paymentsConfig(env),
    cardProvider: env.CARD_PROVIDER,
    cookieSecure: env.COOKIE_SECURE === 'auto' ? 'auto' : env.COOKIE_SECURE === 'true',
    sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
    secretsDir: env.SECRETS_DIR,
    seedDemo: env.SEED_DEMO === 'true',
    metricsToken: env.METRICS_TOKEN,
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      windowMs: env.LOGIN_WINDOW_MINUTES * 60_000,
      perIpPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    passwordScryptN: env.PASSWORD_SCRYPT_N,
    publicApiPerMinute: env.PUBLIC_API_RATE_LIMIT_PER_MINUTE,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    mail: { transport: env.MAIL_TRANSPORT, from: env.MAIL_FROM, dir: env.MAIL_DIR, smtpUrl: env.SMTP_URL },
    invitationTtlMs: env.INVITATION_TTL_HOURS * 3600_000,
    catalog: { foodFacilityRequired: env.FOOD_FACILITY_REQUIRED === 'true' },
    media: {
      dir: env.MEDIA_DIR,
      maxImageBytes: env.MAX_IMAGE_MB * 1024 * 1024,
      maxImageSidePx: env.MAX_IMAGE_SIDE_PX,
      maxDocumentBytes: env.MAX_DOCUMENT_MB * 1024 * 1024,
    },
  };
}

export function parseDatabaseUrl(url: string, synchronous: 'NORMAL' | 'FULL' = 'FULL', poolMax = 10): Config['database'] {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url, poolMax };
  if (url.startsWith('file:')) return { kind: 'sqlite', file: url.slice('file:'.length), synchronous };
  if (url === ':memory:') return { kind: 'sqlite', file: ':memory:', synchronous };
  throw new ConfigError(`Invalid configuration:\n  DATABASE_URL: must start with file: or postgres:// (got "${url.split(':')[0]}:…")`);
}

function paymentsConfig(env: Env): Config['payments'] {
  if (env.PAYMENT_PROVIDER === 'sandbox') return { provider: 'sandbox' };
  const missing = (['ALIPAY_APP_ID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY'] as const).filter((k) => !env[k]);
  if (missing.length) throw new Error(`PAYMENT_PROVIDER=alipay needs ${missing.join(', ')}`);
  return { provider: 'alipay', appId: env.ALIPAY_APP_ID!, privateKey: env.ALIPAY_PRIVATE_KEY!, alipayPublicKey: env.ALIPAY_PUBLIC_KEY!, gateway: env.ALIPAY_GATEWAY };
}
