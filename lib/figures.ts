// Key figures from the Voortgangrapportage 2022 (seed 001, March 2023). Stated once so that the
// home page, the bundle and the municipality pages cannot disagree.
export const FIGURES = {
  municipalities: 101,
  newMunicipalities2020to2022: 51,
  interventions2022: 264,
  nationalAgendas: 3,
} as const;
