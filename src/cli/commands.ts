import type { Command } from "./command.js";
import { viewCommand } from "./view.js";

/** Every verb of the CLI, in the order `county-kg --help` lists them. */
export const commands: readonly Command[] = [viewCommand];
