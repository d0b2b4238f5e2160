// All Dutch municipalities (CBS, 342 on 1 January 2025) and the other names people type for them.
// Source, licence and how to update: data/README.md.
import register from '../../data/gemeenten-2025.json';
import names from '../../data/gemeentenamen.json';
import { buildFinderIndex, type RegisterMunicipality } from './finder';

export const REGISTER_YEAR = 2025;

export const REGISTER: readonly RegisterMunicipality[] = (register as RegisterMunicipality[]).slice().sort((a, b) => a.name.localeCompare(b.name, 'nl'));

const byCode = new Map(REGISTER.map((m) => [m.code, m]));

export const registerMunicipality = (code: string) => byCode.get(code);

export const finderIndex = buildFinderIndex(REGISTER, names);

/** What the combobox in the browser needs to build the same index. */
export function finderData(): { municipalities: RegisterMunicipality[]; names: typeof names } {
  return { municipalities: REGISTER.slice(), names };
}
