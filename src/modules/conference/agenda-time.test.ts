// The agenda's wall-clock arithmetic, table-driven: local days and UTC instants in the event's zone
// (daylight saving included), and which inputs count as an instant with an offset.
import { describe, expect, it } from 'vitest';
import { daysBetween, localDay, localToUtc, toUtcIso } from './agenda-time.js';

describe('agenda time', () => {
  it.each([
    ['2027-06-22T03:59:59.000Z', 'America/Detroit', '2027-06-21'],
    ['2027-06-22T04:00:00.000Z', 'America/Detroit', '2027-06-22'],
    ['2027-06-24T01:30:00.000Z', 'America/Detroit', '2027-06-23'],
    ['2027-01-15T04:59:00.000Z', 'America/Detroit', '2027-01-14'],
    ['2027-06-22T16:00:00.000Z', 'Asia/Shanghai', '2027-06-23'],
  ])('%s falls on a local day in %s: %s', (iso, zone, day) => {
    expect(localDay(iso, zone)).toBe(day);
  });

  it.each([
    ['2027-06-22', '09:00', 'America/Detroit', '2027-06-22T13:00:00.000Z'],
    ['2027-01-15', '09:00', 'America/Detroit', '2027-01-15T14:00:00.000Z'],
    // The spring-forward and fall-back days.
    ['2027-03-14', '12:00', 'America/Detroit', '2027-03-14T16:00:00.000Z'],
    ['2027-11-07', '12:00', 'America/Detroit', '2027-11-07T17:00:00.000Z'],
    ['2027-06-23', '09:00', 'Asia/Shanghai', '2027-06-23T01:00:00.000Z'],
  ])('%s %s in %s is %s', (day, time, zone, iso) => {
    expect(localToUtc(day, time, zone)).toBe(iso);
  });

  it.each([
    ['2027-06-22T10:00:00-04:00', '2027-06-22T14:00:00.000Z'],
    ['2027-06-22T10:00-04:00', '2027-06-22T14:00:00.000Z'],
    ['2027-06-22T14:00:00.250Z', '2027-06-22T14:00:00.250Z'],
    ['2027-06-22T10:00:00', null],
    ['2027-02-30T10:00:00Z', null],
    ['2027-06-22T24:00:00Z', null],
    ['2027-06-22 10:00:00Z', null],
    ['not a time', null],
  ])('reads %s as %s', (input, expected) => {
    expect(toUtcIso(input)).toBe(expected);
  });

  it('lists the event days inclusively', () => {
    expect(daysBetween('2027-06-22', '2027-06-23')).toEqual(['2027-06-22', '2027-06-23']);
    expect(daysBetween('2027-06-30', '2027-07-01')).toEqual(['2027-06-30', '2027-07-01']);
    expect(daysBetween('2027-06-23', '2027-06-22')).toEqual([]);
  });
});
