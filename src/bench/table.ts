/** A plain-text table: one header row, right-aligned numbers, left-aligned text. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows.map((row) => row.map(formatCell))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => String(row[column] ?? "").length)));
  const line = (row: readonly (string | number)[], numeric: boolean) =>
    row
      .map((cell, column) => {
        const text = String(cell);
        const right = numeric && /^[-+\d.,×%∞–]+[a-zA-Z/%×]*$/.test(text);
        return right ? text.padStart(widths[column]!) : text.padEnd(widths[column]!);
      })
      .join("  ")
      .trimEnd();
  return [
    line(header, false),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...cells.slice(1).map((row) => line(row, true)),
  ].join("\n");
}

/** A number with `digits` decimals; "–" for undefined or NaN. */
export function formatCell(value: string | number | undefined): string {
  if (value === undefined) return "–";
  if (typeof value === "string") return value;
  if (Number.isNaN(value)) return "–";
  if (!Number.isFinite(value)) return "∞";
  return Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toFixed(2);
}
