// Address book routes for signed-in shoppers. Every query is scoped to the caller: another user's
// address id answers 404, exactly like one that never existed.
import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { contextOf } from '../../platform/context.js';
import { actorOf, errorResponses, type App } from '../../platform/http.js';
import { addAddress, changeAddress, deleteAddress, listAddresses, makeDefaultAddress } from './address-book.js';
import { AddressAnswer, AddressIdParams, AddressListAnswer, AddressPatchBody, NewAddressBody } from './schemas.js';

const tags = ['addresses'];
const access = ['shopper'] as const;

export function registerAddressRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/me/addresses',
    { config: { access }, schema: { tags, summary: 'Your delivery addresses in mainland China, the default first', response: { 200: AddressListAnswer, ...errorResponses } } },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return { items: await listAddresses(db, actorOf(request).userId) };
    },
  );

  app.post(
    '/api/v1/me/addresses',
    {
      config: { access },
      schema: { tags, summary: 'Add a delivery address (at most 20); your first one becomes the default', body: NewAddressBody, response: { 201: AddressAnswer, ...errorResponses } },
    },
    async (request, reply) => reply.status(201).send(await addAddress(contextOf(db, request), actorOf(request).userId, request.body)),
  );

  app.patch(
    '/api/v1/me/addresses/:addressId',
    {
      config: { access },
      schema: { tags, summary: 'Change some fields of an address; the whole address is checked again', params: AddressIdParams, body: AddressPatchBody, response: { 200: AddressAnswer, ...errorResponses } },
    },
    async (request) => changeAddress(contextOf(db, request), actorOf(request).userId, request.params.addressId, request.body),
  );

  app.delete(
    '/api/v1/me/addresses/:addressId',
    {
      config: { access },
      schema: { tags, summary: 'Delete an address; if it was the default, your newest remaining address becomes the default', params: AddressIdParams, response: { 204: Type.Null({ description: 'Deleted' }), ...errorResponses } },
    },
    async (request, reply) => {
      await deleteAddress(contextOf(db, request), actorOf(request).userId, request.params.addressId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/me/addresses/:addressId/default',
    {
      config: { access },
      schema: { tags, summary: 'Make an address your default delivery address', params: AddressIdParams, response: { 200: AddressAnswer, ...errorResponses } },
    },
    async (request) => makeDefaultAddress(contextOf(db, request), actorOf(request).userId, request.params.addressId),
  );
}
