import type { Mark } from "./marked-document.js";

/** Region marks used across the relation tests (real GB/T 2260 codes; none from the seed articles). */
export const R = {
  sichuan: "region:510000",
  meishan: "region:511400",
  renshou: "region:511421",
  jiangsu: "region:320000",
  suzhou: "region:320500",
  kunshan: "region:320583",
  jiangyin: "region:320281",
  zhejiang: "region:330000",
  yiwu: "region:330782",
  guangdong: "region:440000",
  shunde: "region:440606",
} as const;

/** Marks a region name. */
export const region = (text: string, entity: string, nth?: number): Mark => ({
  text,
  kind: "region",
  entity,
  ...(nth === undefined ? {} : { nth }),
});
