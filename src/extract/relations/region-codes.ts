/**
 * Containment between regions read from their ids: `region:<GB/T 2260 code>` (6 digits) or a 9-digit
 * township statistics code. Regions without a code (zones, macro-regions) contain nothing and are
 * contained by nothing here.
 */

export type CodedLevel = "province" | "prefecture" | "county" | "township";

/** Province-level municipalities: their districts answer to the province code directly. */
const MUNICIPALITIES = new Set(["11", "12", "31", "50"]);

/** The numeric code of a region id, if it has one. */
export function regionCode(id: string): string | undefined {
  const match = /^region:(\d{6}|\d{9})$/.exec(id);
  return match?.[1];
}

/** The level a code denotes. */
export function codeLevel(code: string): CodedLevel {
  if (code.length === 9) return "township";
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "prefecture";
  return "county";
}

/** Whether region `outer` strictly contains region `inner`, judged by code prefix. */
export function contains(outer: string, inner: string): boolean {
  const a = regionCode(outer);
  const b = regionCode(inner);
  if (!a || !b || a === b) return false;
  switch (codeLevel(a)) {
    case "province":
      return b.startsWith(a.slice(0, 2));
    case "prefecture":
      return b.startsWith(a.slice(0, 4));
    case "county":
      return b.length === 9 && b.startsWith(a);
    case "township":
      return false;
  }
}

/**
 * The id of the unit at `level` that contains (or is) `id`: the province or prefecture of a county.
 * A municipality's districts have the province itself as their prefecture-level unit.
 */
export function ancestorAt(id: string, level: "province" | "prefecture" | "county"): string | undefined {
  const code = regionCode(id);
  if (!code) return undefined;
  const province = code.slice(0, 2);
  if (level === "province") return `region:${province}0000`;
  if (level === "prefecture") {
    if (codeLevel(code) === "province") return undefined;
    return MUNICIPALITIES.has(province) ? `region:${province}0000` : `region:${code.slice(0, 4)}00`;
  }
  const county = code.slice(0, 6);
  return codeLevel(county) === "county" ? `region:${county}` : undefined;
}
