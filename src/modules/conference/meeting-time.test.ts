// Local time in an event's zone ↔ UTC, across daylight saving, and the slots cut from a range.
import { describe, expect, it } from 'vitest';
import { formatMeetingTime, localDay, localToUtc, slotStartsInRange } from './meeting-time.js';

const D = 'America/Detroit';

describe('meeting time', () => {
  it.each([
    ['2027-06-22', '10:00', D, '2027-06-22T14:00:00.000Z'],
    ['2027-01-12', '10:00', D, '2027-01-12T15:00:00.000Z'],
    ['2027-03-14', '03:30', D, '2027-03-14T07:30:00.000Z'],
    ['2027-03-13', '23:40', D, '2027-03-14T04:40:00.000Z'],
    ['2027-11-07', '12:00', D, '2027-11-07T17:00:00.000Z'],
    ['2027-06-22', '10:00', 'Asia/Shanghai', '2027-06-22T02:00:00.000Z'],
    ['2027-06-22', '00:10', 'UTC', '2027-06-22T00:10:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, utc) => {
    expect(localToUtc(day, time, zone).toISOString()).toBe(utc);
  });

  it('gives the local day of an instant', () => {
    expect(localDay(new Date('2027-06-23T03:30:00Z'), D)).toBe('2027-06-22');
    expect(localDay(new Date('2027-06-23T04:00:00Z'), D)).toBe('2027-06-23');
  });

  it('cuts ranges into 20-minute slots with a break, never past the end', () => {
    const iso = (d: Date[]) => d.map((x) => x.toISOString().slice(11, 16));
    expect(iso(slotStartsInRange('2027-06-22', '10:00', '11:00', 0, D))).toEqual(['14:00', '14:20', '14:40']);
    expect(iso(slotStartsInRange('2027-06-22', '10:00', '11:10', 5, D))).toEqual(['14:00', '14:25', '14:50']);
    expect(slotStartsInRange('2027-06-22', '10:00', '10:19', 0, D)).toEqual([]);
  });

  it('reads as the attendee sees it at the venue', () => {
    expect(formatMeetingTime('2027-06-22T14:00:00.000Z', '2027-06-22T14:20:00.000Z', D)).toBe('Tuesday, June 22, 2027, 10:00 AM – 10:20 AM EDT');
  });
});
