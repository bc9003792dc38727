import { formatPence } from '../../compute/money.ts';

/** 123456 (pence) => "£1,234.56"; -5000 => "−£50.00"; with withPence false, 123400 => "£1,234"; "not recorded" => Not recorded. */
export function formatPounds(pence: number | string, withPence = true): string {
  return typeof pence === 'number' ? formatPence(pence, withPence) : 'Not recorded';
}
