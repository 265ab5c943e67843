// The ordered migration set, imported statically so it works from source (tests) and from dist.
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.js';
import * as m0002 from './0002-catalog.js';
import * as m0003 from './0003-pricing.js';
import * as m0004 from './0004-fixed-cny-price.js';
import * as m0005 from './0005-search.js';
import * as m0006 from './0006-cart.js';
import * as m0007 from './0007-inventory.js';
import * as m0008 from './0008-shopper-identity.js';
import * as m0009 from './0009-orders.js';
import * as m0010 from './0010-payments.js';
import * as m0011 from './0011-fulfilment-refunds.js';
import * as m0012 from './0012-conference.js';
import * as m0013 from './0013-card-payments.js';
import * as m0014 from './0014-checkin-devices.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-catalog': m0002,
  '0003-pricing': m0003,
  '0004-fixed-cny-price': m0004,
  '0005-search': m0005,
  '0006-cart': m0006,
  '0007-inventory': m0007,
  '0008-shopper-identity': m0008,
  '0009-orders': m0009,
  '0010-payments': m0010,
  '0011-fulfilment-refunds': m0011,
  '0012-conference': m0012,
  '0013-card-payments': m0013,
  '0014-checkin-devices': m0014,
};
