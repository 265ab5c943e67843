// The machine's ceiling for the HTTP benchmark: the least a Node server can do per request.
// Plain JavaScript on purpose, so nothing (no loader, no framework) sits between node and http.
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';

createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('hello world');
}).listen(port, host);
