import { describe, expect, it } from 'vitest';
import { computeBoardAttendance } from '../../scripts/compute/computeBoardAttendance.ts';
import { boardSchema } from '../../scripts/schemas/board.ts';

/** A member as an author writes one; board() reads the file through the schema, as a build does. */
const member = (name: string, attended: (string | object)[], chair = false, adviser = false) => ({ name, role: 'Member', organisation: 'Council', chair, adviser, attended });
const board = (b: { title: string; meetings: string[]; members: object[] }) => boardSchema.parse(b);
const yes = 'in person';

describe('computeBoardAttendance', () => {
  it('puts meetings in date order and works out attendance per member and per meeting', () => {
    const input = {
      title: 'Board attendance',
      // Written out of order: the table shows them in date order.
      meetings: ['2025-04-16', '2025-01-15', '2025-07-16'],
      members: [
        member('Alex', ['2025-01-15', '2025-04-16', '2025-07-16'], true),
        member('Sam', ['2025-01-15']),
        member('Kim', ['2025-07-16', '2025-01-15']),
      ],
    };
    const figures = computeBoardAttendance(board(input));
    expect(figures.meetings).toEqual(['2025-01-15', '2025-04-16', '2025-07-16']);
    // Alex 3 of 3 = 100%; Sam 1 of 3 = 33.3% => 33; Kim 2 of 3 = 66.7% => 67.
    expect(figures.members.map((m) => [m.name, m.attendance, m.attended, m.percent])).toEqual([
      ['Alex', [yes, yes, yes], 3, 100],
      ['Sam', [yes, null, null], 1, 33],
      ['Kim', [yes, null, yes], 2, 67],
    ]);
    expect(figures.members[0]!.chair).toBe(true);
    // January: all three; April: Alex; July: Alex and Kim.
    expect(figures.perMeeting).toEqual([3, 1, 2]);
    // 6 attendances of 9 possible = 66.7% => 67.
    expect(figures.overallPercent).toBe(67);
  });

  it('rounds an exact half up: 1 attendance of 8 possible is 12.5%, shown as 13%', () => {
    const input = {
      title: 'Board',
      meetings: ['2025-01-15', '2025-04-16'],
      members: [member('A', ['2025-01-15']), member('B', []), member('C', []), member('D', [])],
    };
    const figures = computeBoardAttendance(board(input));
    expect(figures.members.map((m) => m.percent)).toEqual([50, 0, 0, 0]);
    expect(figures.perMeeting).toEqual([1, 0]);
    expect(figures.overallPercent).toBe(13);
  });

  it('rounds 23 attendances of 40 (57.5%) to 58%', () => {
    // 8 members, 5 meetings: seven attend 3 and one attends 2, so 7 * 3 + 2 = 23 of 40.
    const meetings = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01'];
    const members = Array.from({ length: 8 }, (_, i) => member(`M${i}`, meetings.slice(0, i === 7 ? 2 : 3)));
    expect(computeBoardAttendance(board({ title: 'Board', meetings, members })).overallPercent).toBe(58);
  });

  it('counts a date listed twice in attended once', () => {
    const figures = computeBoardAttendance(board({ title: 'Board', meetings: ['2025-01-15', '2025-04-16'], members: [member('A', ['2025-01-15', '2025-01-15'])] }));
    expect(figures.members[0]).toMatchObject({ attended: 1, percent: 50 });
  });

  it('gives 0% rather than dividing by zero when there are no meetings or no members', () => {
    const noMeetings = computeBoardAttendance(board({ title: 'Board', meetings: [], members: [member('A', [])] }));
    expect(noMeetings.members[0]).toMatchObject({ attendance: [], attended: 0, percent: 0 });
    expect(noMeetings.perMeeting).toEqual([]);
    expect(noMeetings.overallPercent).toBe(0);
    const noMembers = computeBoardAttendance(board({ title: 'Board', meetings: ['2025-01-15'], members: [] }));
    expect(noMembers.perMeeting).toEqual([0]);
    expect(noMembers.overallPercent).toBe(0);
  });
});

describe('computeBoardAttendance: how members attended, and advisers', () => {
  it('records a deputy or online attendance as present, and says how', () => {
    const figures = computeBoardAttendance(board({ title: 'Board', meetings: ['2025-01-15', '2025-04-16'], members: [
      member('Alex', ['2025-01-15', { date: '2025-04-16', how: 'deputy', deputy: 'Jo Deputy' }]),
      member('Sam', [{ date: '2025-01-15', how: 'online' }]),
    ] }));
    expect(figures.members.map((m) => [m.name, m.attendance, m.attended])).toEqual([['Alex', [yes, 'deputy'], 2], ['Sam', ['online', null], 1]]);
    expect(figures.perMeeting).toEqual([2, 1]);
  });

  it('lists a non-voting adviser apart and never counts them as a member', () => {
    // Members: Alex 2 of 2, Sam 1 of 2: 3 of 4 = 75%. The YJB adviser attended both, and changes nothing.
    const figures = computeBoardAttendance(board({ title: 'Board', meetings: ['2025-01-15', '2025-04-16'], members: [
      member('Alex', ['2025-01-15', '2025-04-16']), member('Sam', ['2025-04-16']), member('Pat', ['2025-01-15', '2025-04-16'], false, true),
    ] }));
    expect(figures.members.map((m) => m.name)).toEqual(['Alex', 'Sam']);
    expect(figures.advisers.map((m) => [m.name, m.attended])).toEqual([['Pat', 2]]);
    expect(figures.perMeeting).toEqual([1, 2]);
    expect(figures.overallPercent).toBe(75);
  });
});
