// The ordered migration set, imported statically so it works from source (tests) and from dist.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};
