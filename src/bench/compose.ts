import type { Rng } from "./rng.js";
import {
  BODY_TEMPLATES,
  FILLER_SENTENCES,
  FOOTER_CHROME,
  HEADER_CHROME,
  TITLE_TEMPLATES,
} from "./templates.js";
import type { BenchRegion, BenchVocabulary } from "./vocabulary.js";

/** Characters common in given names, for the generated people. */
const GIVEN_NAME_CHARACTERS = "伟军建国明华平志强海涛文斌晓东春林红燕丽娟敏静勇杰峰刚辉磊鹏宇波俊";

/** How much text an article has: paragraphs and sentences per paragraph. */
export interface ArticleShape {
  paragraphs: [min: number, max: number];
  sentences: [min: number, max: number];
  /** Probability that a sentence is filler rather than a template with names. */
  filler: number;
  /** Probability of web chrome above and below the article. */
  chrome: number;
}

export const DEFAULT_SHAPE: ArticleShape = {
  paragraphs: [3, 14],
  sentences: [2, 7],
  filler: 0.3,
  chrome: 0.6,
};

/**
 * Composes one article in Simplified Chinese, as lines (chrome, headline, paragraphs), about one
 * county chosen by `rng`, citing other counties, industries, programs and people of `vocabulary`.
 */
export function composeArticle(
  rng: Rng,
  vocabulary: BenchVocabulary,
  shape: ArticleShape = DEFAULT_SHAPE,
): string[] {
  const subject = rng.pick(vocabulary.regions);
  const fill = (template: string) => fillTemplate(template, rng, vocabulary, subject);
  const lines: string[] = [];
  const chrome = rng.chance(shape.chrome) ? rng.int(0, HEADER_CHROME.length - 1) : -1;
  if (chrome >= 0) lines.push(...HEADER_CHROME[chrome]!.map(fill));
  lines.push(fill(rng.pick(TITLE_TEMPLATES)));
  const paragraphs = rng.int(...shape.paragraphs);
  for (let p = 0; p < paragraphs; p++) {
    let paragraph = "";
    const sentences = rng.int(...shape.sentences);
    for (let s = 0; s < sentences; s++) {
      paragraph += rng.chance(shape.filler) ? rng.pick(FILLER_SENTENCES) : fill(rng.pick(BODY_TEMPLATES));
    }
    lines.push(paragraph);
  }
  if (chrome >= 0) lines.push(...FOOTER_CHROME[chrome]!.map(fill));
  return lines;
}

/** Replaces every `{slot}` of `template` (see templates.ts); each slot occurrence draws anew. */
export function fillTemplate(
  template: string,
  rng: Rng,
  vocabulary: BenchVocabulary,
  subject: BenchRegion,
): string {
  let other: BenchRegion | undefined;
  const another = (): BenchRegion => {
    while (!other || other.name === subject.name) other = rng.pick(vocabulary.regions);
    return other;
  };
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "S":
        return subject.name;
      case "s":
        return subject.short;
      case "P":
        return subject.prefecture;
      case "p":
        return subject.prefecture.replace(/市$/, "");
      case "C":
        return `${subject.prefecture.replace(/地区$/, "地")}委`;
      case "V":
        return subject.province;
      case "T":
        return `${subject.name.slice(-1)}委书记`;
      case "O":
        return another().name;
      case "o":
        return another().short;
      case "Q":
        return another().prefecture;
      case "W":
        return another().province;
      case "I":
      case "J":
        return rng.pick(vocabulary.industries);
      case "G":
        return rng.pick(vocabulary.programs);
      case "X":
        return personName(rng, vocabulary);
      case "N":
        return String(rng.int(2, 60));
      case "F":
        return (rng.int(5, 3000) / 10).toFixed(1);
      case "D":
        return (rng.int(10, 150) / 10).toFixed(1);
      case "Y":
        return String(rng.int(2019, 2027));
      case "date":
        return `20${rng.int(19, 25)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))} ${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}`;
      default:
        throw new RangeError(`bench template: unknown slot {${slot}}`);
    }
  });
}

function personName(rng: Rng, vocabulary: BenchVocabulary): string {
  let name = rng.pick(vocabulary.surnames);
  const given = rng.int(1, 2);
  for (let i = 0; i < given; i++) name += GIVEN_NAME_CHARACTERS[rng.int(0, GIVEN_NAME_CHARACTERS.length - 1)];
  return name;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}
