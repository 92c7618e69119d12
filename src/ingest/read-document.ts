import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { CountyKgError } from "../errors.js";
import type { Document } from "../types.js";
import { decodeBytes } from "./decode.js";
import { documentFromText } from "./document.js";

/**
 * Reads one input file into a Document: reads its bytes, detects and decodes the encoding (UTF-8 with
 * or without BOM, UTF-16 LE/BE with BOM, GB18030/GBK, Big5), turns HTML into text and cleans it
 * (`documentFromText`). The document id is the base name without extension. Throws CountyKgError
 * E_INPUT_MISSING (cannot read), E_INPUT_EMPTY, E_INPUT_BINARY or E_DECODE, naming the file.
 */
export async function readDocument(path: string): Promise<Document> {
  let bytes: Uint8Array;
  try {
    // Synchronous: extraction is synchronous work anyway, and an async read costs ~8× the CPU.
    bytes = readFileSync(path);
  } catch (cause) {
    throw new CountyKgError("E_INPUT_MISSING", `cannot read ${path}`, {
      file: path,
      hint: "check the path and that the file is readable",
      cause,
    });
  }
  if (bytes.length === 0) {
    throw new CountyKgError("E_INPUT_EMPTY", `${path} is empty`, {
      file: path,
      hint: "remove the file from the input, or give a file with article text",
    });
  }
  const { text, encoding } = decodeBytes(bytes, path);
  return documentFromText({
    id: documentId(path),
    path,
    encoding,
    original: text,
    hash: createHash("sha256").update(bytes).digest("hex"),
  });
}

/** A document's id: its file's base name without extension. */
export function documentId(path: string): string {
  return basename(path, extname(path));
}
