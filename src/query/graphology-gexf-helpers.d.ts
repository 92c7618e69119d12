/** graphology-gexf's value parser (untyped in the package), shared so both readers agree on values. */
declare module "graphology-gexf/common/helpers.js" {
  /** A GEXF attribute value of `type` (integer, double, boolean, liststring …) as a JS value. */
  export function parseValue(type: string, value: string): unknown;
}
