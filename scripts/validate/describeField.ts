/** Fields that name an item in a list, most telling first: a partner is its partner, an action its ref. */
const namingFields = ['ref', 'partner', 'name', 'label', 'id', 'term', 'category', 'title'];

/**
 * A field path as a service manager reads it, counting from 1 and naming the
 * item from the data: partners[1].staffing => "partners, item 2 (Police), staffing".
 * Gives undefined when the path cannot be followed through the data.
 */
export function describeField(field: string, data: unknown): string | undefined {
  const steps = [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
  if (!steps.some((s) => typeof s === 'number')) return undefined;
  const words: string[] = [];
  let current: unknown = data;
  for (const step of steps) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
      const name = itemName(current);
      words.push(`item ${step + 1}${name ? ` (${name})` : ''}`);
    } else {
      words.push(step);
      current = current && typeof current === 'object' ? (current as Record<string, unknown>)[step] : undefined;
    }
  }
  return words.join(', ');
}

function itemName(item: unknown): string | undefined {
  if (!item || typeof item !== 'object') return undefined;
  for (const key of namingFields) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      return text.length > 40 ? `${text.slice(0, 37)}...` : text;
    }
  }
  return undefined;
}
