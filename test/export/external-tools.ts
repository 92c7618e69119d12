import { spawnSync } from "node:child_process";

/** Whether `command args…` runs and exits 0. */
function runs(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: "ignore" });
  return result.error === undefined && result.status === 0;
}

/** A Python interpreter that can `import networkx`: python3 on PATH, else Debian's /usr/bin/python3. */
export const pythonWithNetworkx: string | undefined = ["python3", "/usr/bin/python3"].find((python) =>
  runs(python, ["-c", "import networkx"]),
);

export const hasXmllint = runs("xmllint", ["--version"]);

const underCi = process.env.CI === "true";

/**
 * Whether to skip tests needing an external tool: when it is missing outside CI (printing why). Under CI
 * a missing tool is not skipped, so the test runs and fails.
 */
export function skipWithout(available: boolean, tool: string, install: string): boolean {
  if (available || underCi) return false;
  console.warn(`skipping tests that need ${tool}: not found (install: ${install})`);
  return true;
}
