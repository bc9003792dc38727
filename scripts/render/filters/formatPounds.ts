import { formatPence } from '../../compute/money.ts';

/** 123456 (pence) => "£1,234.56"; -5000 => "−£50.00". */
export function formatPounds(pence: number): string {
  return formatPence(pence);
}
