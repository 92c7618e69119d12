import { describe, expect, it } from "vitest";
import { stderrProgress } from "../../src/cli/progress.js";

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = { isTTY, write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream;
  return { stream, chunks };
}

describe("stderrProgress", () => {
  it("prints plain lines without a bar when not on a terminal", () => {
    const { stream, chunks } = fakeStream(false);
    const progress = stderrProgress({ stream });
    progress.start("extract", 2);
    progress.update(2, 1_000_000);
    progress.end("2 documents");
    expect(chunks[0]).toMatch(/^extract: 2\/2 {2}[\d.]+ MB\/s\n$/);
    expect(chunks[1]).toMatch(/^extract: 2 documents \([\d.]+ s\)\n$/);
  });
  it("redraws one line with a bar on a terminal", () => {
    const { stream, chunks } = fakeStream(true);
    const progress = stderrProgress({ stream });
    progress.start("layout", 4);
    progress.update(4);
    expect(chunks[0]).toContain("\r");
    expect(chunks[0]).toContain("[########################] 4/4");
  });
  it("writes nothing when quiet", () => {
    const { stream, chunks } = fakeStream(true);
    const progress = stderrProgress({ quiet: true, stream });
    progress.start("x", 1);
    progress.update(1);
    progress.end();
    expect(chunks).toEqual([]);
  });
});
