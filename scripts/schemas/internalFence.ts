/**
 * A fenced block whose info string starts with "internal", in any case
 * (```internal, ```Internal, ```INTERNAL, ```internal notes), holds text for
 * the board only: public outputs leave it out. Validation and rendering both
 * read this one rule, so what is checked is what is hidden.
 */
export function isInternalFence(info: string): boolean {
  return info.trim().toLowerCase().startsWith('internal');
}

/** Words an author may write meaning "keep this from the public", which yjplan does not hide: each is an error, so none is published by mistake. */
export const internalLookalikes = ['confidential', 'private', 'board', 'board-only', 'restricted', 'secret', 'hidden', 'not-for-publication', 'draft', 'notes'] as const;
