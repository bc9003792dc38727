import type { Board } from '../schemas/board.ts';
import { percentage } from './percentage.ts';

export interface BoardMemberRow {
  name: string;
  role: string;
  organisation: string;
  chair: boolean;
  /** One entry per meeting, in meeting order. */
  attendance: boolean[];
  attended: number;
  percent: number;
}

export interface BoardAttendance {
  title: string;
  meetings: string[];
  members: BoardMemberRow[];
  /** Members present at each meeting. */
  perMeeting: number[];
  /** Attendances as a share of all possible attendances. */
  overallPercent: number;
}

export function computeBoardAttendance(board: Board): BoardAttendance {
  const meetings = [...board.meetings].sort();
  const members = board.members.map((m) => {
    const attendance = meetings.map((date) => m.attended.includes(date));
    const attended = attendance.filter(Boolean).length;
    return { name: m.name, role: m.role, organisation: m.organisation, chair: m.chair, attendance, attended, percent: percentage(attended, meetings.length, 0) };
  });
  const perMeeting = meetings.map((_, i) => members.filter((m) => m.attendance[i]).length);
  const total = perMeeting.reduce((a, b) => a + b, 0);
  return { title: board.title, meetings, members, perMeeting, overallPercent: percentage(total, meetings.length * members.length, 0) };
}
