// media: uploaded files — product images (validated, resized into variants) and documents
// (application attachments) — kept behind a storage interface (local disk by default).
// Owns table: media_files. Publishes and consumes no events.
export { registerMediaRoutes } from './routes.js';
