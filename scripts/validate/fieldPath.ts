/** Formats a path the way an author reads it: ['actions', 2, 'status'] => actions[2].status. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : `${i === 0 ? '' : '.'}${String(step)}`))
    .join('');
}
