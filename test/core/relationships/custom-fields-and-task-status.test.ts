import { describe, expect, it } from 'vitest';
import { checkFieldValue, type FieldDefinition } from '../../../src/core/relationships/custom-fields.ts';
import { countTasks, reminderDue, taskStatus } from '../../../src/core/relationships/task-status.ts';

const field = (type: FieldDefinition['type'], options: string[] = []): FieldDefinition => ({
  id: 1,
  name: 'F',
  type,
  options,
});

describe('checkFieldValue', () => {
  it.each([
    ['text, trimmed', field('text'), '  hi ', 'hi'],
    ['number from text, canonical', field('number'), '038.50', '38.5'],
    ['number as a number', field('number'), 12, '12'],
    ['negative number', field('number'), '-3', '-3'],
    ['date', field('date'), '2026-02-28', '2026-02-28'],
    ['select option', field('select', ['gold', 'silver']), 'gold', 'gold'],
  ])('%s', (_label, f, value, expected) => expect(checkFieldValue(f, value)).toBe(expected));

  it.each([
    ['empty text', field('text'), '  ', 'empty; send null to clear it'],
    ['number with a unit', field('number'), '38 EU', '"38 EU" is not a number (digits, an optional "." and decimals)'],
    [
      '1e3 is not written as a number',
      field('number'),
      '1e3',
      '"1e3" is not a number (digits, an optional "." and decimals)',
    ],
    ['impossible date', field('date'), '2026-02-30', '"2026-02-30" is not a date YYYY-MM-DD'],
    ['date in another form', field('date'), '28/02/2026', '"28/02/2026" is not a date YYYY-MM-DD'],
    ['unknown option', field('select', ['gold']), 'Gold', '"Gold" is not one of gold'],
  ])('refuses %s, naming the field', (_label, f, value, reason) => {
    expect(() => checkFieldValue(f, value)).toThrow(`Field "F": ${reason}`);
  });
});

describe('taskStatus and reminders (now = 2026-03-05T23:59Z)', () => {
  const now = '2026-03-05T23:59:00.000Z';
  it.each([
    [{ due_on: '2026-03-04', remind_at: null }, 'overdue'],
    [{ due_on: '2026-03-05', remind_at: null }, 'due_today'],
    [{ due_on: '2026-03-06', remind_at: null }, 'upcoming'],
    [{ due_on: null, remind_at: null }, 'no_date'],
  ] as const)('%o is %s', (task, status) => expect(taskStatus(task, now)).toBe(status));

  it('reminds once remind_at has passed, in any offset', () => {
    expect(reminderDue({ due_on: null, remind_at: '2026-03-06T00:30:00+01:00' }, now)).toBe(true);
    expect(reminderDue({ due_on: null, remind_at: '2026-03-06T00:30:00Z' }, now)).toBe(false);
    expect(reminderDue({ due_on: null, remind_at: null }, now)).toBe(false);
  });

  it('counts overdue, due today and reminders', () => {
    expect(
      countTasks(
        [
          { due_on: '2026-03-01', remind_at: '2026-03-01T00:00:00Z' },
          { due_on: '2026-03-05', remind_at: null },
          { due_on: null, remind_at: null },
        ],
        now,
      ),
    ).toEqual({ overdue: 1, due_today: 1, reminders: 1 });
  });
});
