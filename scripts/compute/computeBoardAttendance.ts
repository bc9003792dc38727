import type { AttendanceMode, Board } from '../schemas/board.ts';
import { percentage } from './percentage.ts';

export interface BoardMemberRow {
  name: string;
  role: string;
  organisation: string;
  chair: boolean;
  /** One entry per meeting, in meeting order: how they attended, or null for absent. */
  attendance: (AttendanceMode | null)[];
  attended: number;
  percent: number;
}

export interface BoardAttendance {
  title: string;
  meetings: string[];
  /** Voting members: the rows counted in attendance. */
  members: BoardMemberRow[];
  /** Non-voting advisers: listed, never counted as members. */
  advisers: BoardMemberRow[];
  /** Members present at each meeting (a named deputy counts). */
  perMeeting: number[];
  /** Attendances as a share of all possible attendances. */
  overallPercent: number;
}

export function computeBoardAttendance(board: Board): BoardAttendance {
  const meetings = [...board.meetings].sort();
  const rows = board.members.map((m) => {
    const attendance = meetings.map((date) => m.attended.find((a) => a.date === date)?.how ?? null);
    const attended = attendance.filter((a) => a !== null).length;
    return { row: { name: m.name, role: m.role, organisation: m.organisation, chair: m.chair, attendance, attended, percent: percentage(attended, meetings.length, 0) }, adviser: m.adviser };
  });
  const members = rows.filter((r) => !r.adviser).map((r) => r.row);
  const advisers = rows.filter((r) => r.adviser).map((r) => r.row);
  const perMeeting = meetings.map((_, i) => members.filter((m) => m.attendance[i] !== null).length);
  const total = perMeeting.reduce((a, b) => a + b, 0);
  return { title: board.title, meetings, members, advisers, perMeeting, overallPercent: percentage(total, meetings.length * members.length, 0) };
}
