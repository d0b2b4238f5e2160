// Which region (and so which coordinator) a municipality belongs to. A region groups provinces;
// it may also name single municipalities (CBS codes) that belong to it whatever their province.
export type RegionRule = { slug: string; provinces: readonly string[]; municipalities?: readonly string[] };

export function regionFor<R extends RegionRule>(regions: readonly R[], municipality: { code: string; province: string }): R | undefined {
  return regions.find((r) => r.municipalities?.includes(municipality.code)) ?? regions.find((r) => r.provinces.includes(municipality.province));
}
