/** One verb of the `county-kg` command line. */
export interface Command {
  name: string;
  /** One line for the verb list of `county-kg --help`. */
  summary: string;
  /** The whole help text of `county-kg <verb> --help`. */
  usage: string;
  /** Runs the verb with the arguments after it; resolves to the process exit status. */
  run(args: string[]): Promise<number>;
}
