import { buildCommand } from "./build.js";
import type { Command } from "./command.js";
import { extractCommand } from "./extract.js";
import { neighborsCommand } from "./neighbors.js";
import { pathCommand } from "./path.js";
import { searchCommand } from "./search.js";
import { showCommand } from "./show.js";
import { statsCommand } from "./stats.js";
import { viewCommand } from "./view.js";

/** Every verb of the CLI, in the order `county-kg --help` lists them. */
export const commands: readonly Command[] = [
  buildCommand,
  extractCommand,
  viewCommand,
  searchCommand,
  showCommand,
  neighborsCommand,
  pathCommand,
  statsCommand,
];
