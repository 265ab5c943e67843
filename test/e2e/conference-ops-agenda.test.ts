// The operators' agenda and experts in Chromium, signed in as the demo operator, on the demo event
// (gateway-2027). The agenda: a new session refused with a room clash and a speaker clash spelled out,
// then added; edited into a room that is taken at that time (the clash spelled out, nothing saved),
// then to a free time; cancelled. An expert: slots published, one moved to another table, one
// withdrawn; two businesses ask for a meeting each (request mode), and the operator accepts one and
// declines the other, which reopens its slot. Check-in and registrations are in
// conference-ops-attendees.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';
import { csrf, demoEventId, LAPTOP, registerBusiness, shoot, signedInOperator, SLUG, type Registered } from './conference-ops-steps.js';

type SessionRead = { startsAt: string; endsAt: string; revision: number; status: string; room: { name: string } };

async function sessionOf(page: Page, eventId: string, sessionId: string): Promise<SessionRead> {
  const answer = await page.request.get(`/api/v1/ops/conference/events/${eventId}/sessions`);
  const found = ((await answer.json()) as { items: Array<SessionRead & { id: string }> }).items.find((s) => s.id === sessionId);
  expect(found, `session ${sessionId} is listed`).toBeDefined();
  return found!;
}

/** The attendee asks for a slot; the expert (here, the operator) accepts or declines. */
async function requestMeeting(page: Page, who: Registered, slotId: string, topic: string): Promise<void> {
  const answer = await page.request.post(`/api/v1/conference/registrations/${who.id}/meetings`, {
    headers: { ...(await csrf(page)), 'x-registration-key': who.key },
    data: { slotId, topic, mode: 'request' },
  });
  expect(answer.status()).toBe(201);
  expect(((await answer.json()) as { status: string }).status).toBe('requested');
}

async function meetingsOf(page: Page, who: Registered): Promise<Array<{ slotId: string; status: string }>> {
  const answer = await page.request.get(`/api/v1/conference/registrations/${who.id}/meetings`, { headers: { 'x-registration-key': who.key } });
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { items: Array<{ slotId: string; status: string }> }).items;
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('conference operators: agenda and experts', () => {
  const e2e = useBrowser();

  it('spells out agenda clashes on adding and on editing a session, then saves the edit and cancels it', async () => {
    const page = await e2e.newPage(LAPTOP);
    await signedInOperator(page);
    const eventId = await demoEventId(page);
    await page.goto(`/ops/conference/${eventId}/agenda`);
    await page.getByText('Opening keynote: 1.4 billion customers, one click away').waitFor();
    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'New session' });
    const title = `Seller clinic ${Date.now().toString(36)}`;
    await dialog.getByLabel('Title', { exact: true }).fill(title);
    await dialog.getByLabel('Track', { exact: true }).fill('Clinic');
    await dialog.getByLabel('Room', { exact: true }).selectOption({ label: 'Hall A (3,000 seats)' });
    await dialog.getByLabel('Day', { exact: true }).selectOption('2027-06-22');
    await dialog.getByLabel('From', { exact: true }).fill('09:30');
    await dialog.getByLabel('To', { exact: true }).fill('10:00');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const clash = dialog.getByTestId('session-clash');
    await clash.getByText('The room is taken at that time').waitFor();
    expect(await clash.innerText()).toMatch(/Hall A already has “Opening keynote: 1\.4 billion customers, one click away” from Jun 22, 9:00\sAM to 10:15\sAM/);
    await shoot(page, 'agenda-room-busy');
    // Hall A is free at 10:30, but Wei Chen is in a breakout then.
    await dialog.getByLabel('From', { exact: true }).fill('10:30');
    await dialog.getByLabel('To', { exact: true }).fill('11:00');
    await dialog.getByLabel(/^Wei Chen/).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await clash.getByText('A speaker is elsewhere at that time').waitFor();
    expect(await clash.innerText()).toContain('Wei Chen is already in “From Michigan orchard to Shanghai table”');
    await dialog.getByLabel('From', { exact: true }).fill('07:00');
    await dialog.getByLabel('To', { exact: true }).fill('07:45');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const added = page.locator('li.conf-session', { hasText: title });
    await added.getByText(/7:00\sAM–7:45\sAM/).waitFor();
    expect(await added.innerText()).toContain('Wei Chen');
    const sessionId = (await added.getAttribute('data-session-id'))!;
    expect(await sessionOf(page, eventId, sessionId)).toMatchObject({ startsAt: '2027-06-22T11:00:00.000Z', room: { name: 'Hall A' }, revision: 1 });

    // Moved to Room 320 at noon: the marketing breakout is there then. The refusal names it; nothing is saved.
    await added.getByRole('button', { name: `Edit ${title}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit “${title}”` });
    await edit.getByLabel('Room', { exact: true }).selectOption({ label: 'Room 320 (300 seats)' });
    await edit.getByLabel('From', { exact: true }).fill('12:00');
    await edit.getByLabel('To', { exact: true }).fill('12:30');
    await edit.getByRole('button', { name: 'Save' }).click();
    const editClash = edit.getByTestId('session-clash');
    await editClash.getByText('The room is taken at that time').waitFor();
    expect(await editClash.innerText()).toMatch(/Room 320 already has “Marketing in China without a Chinese office” from Jun 22, 11:45\sAM to 12:45\sPM/);
    expect(await sessionOf(page, eventId, sessionId)).toMatchObject({ startsAt: '2027-06-22T11:00:00.000Z', room: { name: 'Hall A' }, revision: 1 });
    await shoot(page, 'agenda-edit-room-busy');
    // At 1 PM Room 320 is free (and so is Wei Chen): saved, and the list shows the new time and room.
    await edit.getByLabel('From', { exact: true }).fill('13:00');
    await edit.getByLabel('To', { exact: true }).fill('13:30');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await added.getByText(/1:00\sPM–1:30\sPM/).waitFor();
    expect(await added.innerText()).toContain('Room 320 (Level 3)');
    expect(await sessionOf(page, eventId, sessionId)).toMatchObject({ startsAt: '2027-06-22T17:00:00.000Z', endsAt: '2027-06-22T17:30:00.000Z', room: { name: 'Room 320' }, revision: 2 });

    await added.getByRole('button', { name: `Cancel ${title}` }).click();
    const confirm = page.getByRole('dialog', { name: `Cancel “${title}”?` });
    await confirm.getByRole('button', { name: 'Cancel session' }).click();
    await added.locator('.badge').getByText('Cancelled').waitFor();
    expect((await sessionOf(page, eventId, sessionId)).status).toBe('cancelled');
    await added.scrollIntoViewIfNeeded();
    await shoot(page, 'agenda');
  });

  it('publishes an expert’s slots, moves and withdraws one, and accepts one meeting request and declines another', async () => {
    const page = await e2e.newPage(LAPTOP);
    await signedInOperator(page);
    const eventId = await demoEventId(page);
    const [maria, james] = [await registerBusiness(page, 'Maria'), await registerBusiness(page, 'James')];
    await page.goto(`/ops/conference/${eventId}/experts`);
    const expert = `Avery Tester ${Date.now().toString(36)}`;
    await page.getByLabel('Name').fill(expert);
    await page.getByLabel('Company').fill('Great Lakes Forwarding');
    await page.getByLabel('Expertise').selectOption('logistics');
    await page.getByRole('button', { name: 'Add expert' }).click();
    const slots = page.getByTestId('expert-slots');
    await slots.getByRole('heading', { name: `${expert}: 20-minute slots` }).waitFor();
    await slots.getByLabel('From', { exact: true }).fill('16:00');
    await slots.getByLabel('To', { exact: true }).fill('17:00');
    await slots.getByLabel('Table or place').fill('Expert lounge, table 9');
    await slots.getByRole('button', { name: 'Publish slots' }).click();
    await slots.getByText('Published 3 slots.').waitFor();
    const rows = slots.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await rows.first().getByRole('button', { name: /^Edit Table of the slot/ }).click();
    await rows.first().getByRole('textbox').fill('Expert lounge, table 12');
    await rows.first().getByRole('button', { name: 'Save' }).click();
    await rows.first().getByText('Expert lounge, table 12').waitFor();
    await rows.nth(2).getByRole('button', { name: 'Withdraw' }).click();
    await slots.getByText('Slot withdrawn.').waitFor();
    await expect.poll(() => rows.count()).toBe(2);

    // The attendee pages book at once; asking the expert first is the API's request mode.
    const expertId = new URL(page.url()).searchParams.get('expert')!;
    const open = (await (await page.request.get(`/api/v1/conference/events/${SLUG}/experts/${expertId}/slots`)).json()) as { items: Array<{ id: string; startsAt: string }> };
    const [first, second] = [...open.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map((s) => s.id);
    expect(second, 'two open slots').toBeDefined();
    await requestMeeting(page, maria, first!, 'Bonded warehouse for dried cherries');
    await requestMeeting(page, james, second!, 'Shipping fresh apples by air');
    await page.reload();
    const expertRow = page.getByRole('row', { name: new RegExp(expert) });
    expect(await expertRow.locator('.badge-warning').innerText()).toBe('2');
    await expect.poll(() => slots.locator('tbody tr[data-slot-status="requested"]').count()).toBe(2);
    expect(await rows.first().innerText()).toContain(maria.name);
    expect(await rows.first().innerText()).toContain('“Bonded warehouse for dried cherries”');
    expect(await rows.nth(1).innerText()).toContain(james.name);
    await shoot(page, 'experts-requested');

    await rows.first().getByRole('button', { name: 'Accept' }).click();
    await slots.getByText('Accepted: the attendee is told.').waitFor();
    await expect.poll(() => rows.first().getAttribute('data-slot-status')).toBe('booked');
    expect(await rows.first().innerText()).toContain(maria.name);
    await rows.nth(1).getByRole('button', { name: 'Decline' }).click();
    await slots.getByText('Declined: the slot is open again and the attendee is told.').waitFor();
    await expect.poll(() => rows.nth(1).getAttribute('data-slot-status')).toBe('open');
    expect(await rows.nth(1).innerText()).not.toContain(james.name);
    expect(await meetingsOf(page, maria)).toEqual([expect.objectContaining({ slotId: first, status: 'booked' })]);
    expect(await meetingsOf(page, james)).toEqual([]);
    // The experts list counts them again: one open, none requested, one booked.
    await expect.poll(() => expertRow.innerText()).toMatch(/Logistics\s+1\s+0\s+1$/);
    await slots.scrollIntoViewIfNeeded();
    await shoot(page, 'experts');
  });
});
