// Process entry: config → db → app → listen. SIGTERM/SIGINT: stop accepting, finish in-flight
// requests, close the database, exit.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await buildApp(config);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      app.log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (err: unknown) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ host: config.host, port: config.port });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${shown}:${config.port}`;
  const lines = [
    '',
    `Gateway is running on ${base}  (database: ${app.engine})`,
    `  Storefront (zh-CN)   ${base}/`,
    `  Seller center        ${base}/seller`,
    `  Operator console     ${base}/ops`,
    `  API docs             ${base}/docs   (OpenAPI: ${base}/openapi.json)`,
  ];
  if (app.seedReport) {
    lines.push('  Demo logins:');
    for (const l of app.seedReport.logins) lines.push(`    ${l.role.padEnd(9)} ${l.email.padEnd(32)} password: ${l.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : (err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
