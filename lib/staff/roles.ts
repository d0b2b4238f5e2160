// Who may do what in /beheer. Checked on the server for every page and every action; the pages
// only hide what a role cannot do, they are not the check.
export const ROLES = ['redacteur', 'eindredacteur', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  redacteur: 'Redacteur',
  eindredacteur: 'Eindredacteur',
  beheerder: 'Beheerder',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  redacteur: 'schrijft en wijzigt inhoud en legt wijzigingen ter controle voor',
  eindredacteur: 'controleert en publiceert wijzigingen van anderen, en schrijft zelf',
  beheerder: 'beheert accounts en rollen en bekijkt het logboek, en kan alles wat een eindredacteur kan',
};

/**
 * - `inzendingen`: the form submissions (as before roles: every account).
 * - `bewerken`: drafts, proposals, uploads, imports, history and previews.
 * - `publiceren`: review and publish — never a change of one's own (lib/editor/changes.ts).
 * - `accounts`: accounts, roles and the audit log.
 */
export type Action = 'inzendingen' | 'bewerken' | 'publiceren' | 'accounts';

const ALLOWED: Record<Role, readonly Action[]> = {
  redacteur: ['inzendingen', 'bewerken'],
  eindredacteur: ['inzendingen', 'bewerken', 'publiceren'],
  beheerder: ['inzendingen', 'bewerken', 'publiceren', 'accounts'],
};

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

export const can = (role: Role, action: Action): boolean => ALLOWED[role].includes(action);
