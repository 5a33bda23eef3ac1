/**
 * `training <situatie>`: the recommended training for a council situation, in the recommended
 * order with half-days. The situation is matched against the domain's situation titles (or picked
 * by number from the list); recommendation, order and half-days come from the domain.
 */
import {
  findTrainingItem,
  formatDuration,
  planTraining,
  recommendTraining,
  situations,
  type SituationId,
} from "@raadswerk/domain/training";
import { escapeMrkdwn, header, context, reply, section, truncate, type Block } from "../blocks/index.js";
import { bestMatches } from "./match.js";
import type { Subcommand } from "./types.js";

/** How many training items an answer recommends. */
export const TRAINING_LIMIT = 5;

function listSituations(locale: "nl" | "en"): string {
  return situations.map((s, i) => `${i + 1}. ${s.title[locale]}`).join("\n");
}

/**
 * The situations a text means: a number from the list, an id, or the best-matching titles.
 *
 * @example
 * situationsFor("nieuw lid"); // ["new-members"]
 * situationsFor("2"); // ["new-members"]
 */
export function situationsFor(text: string): SituationId[] {
  const trimmed = text.trim();
  if (/^\d{1,2}$/.test(trimmed)) {
    const picked = situations[Number(trimmed) - 1];
    return picked === undefined ? [] : [picked.id];
  }
  const byId = situations.find((s) => s.id === trimmed.toLowerCase());
  if (byId !== undefined) return [byId.id];
  return bestMatches(
    trimmed,
    situations.map((s) => ({ id: s.id, texts: [s.title.nl, s.title.en, s.id] })),
  );
}

/** `training`. */
export const training: Subcommand = {
  name: "training",
  run: ({ rest, t, locale, deps }) => {
    const command = deps.settings.command;
    const chosen = situationsFor(rest);
    if (chosen.length === 0) {
      const example = locale === "en" ? "new members" : "nieuwe leden";
      const first = rest.trim().length === 0 ? t.training.usage(command, example) : t.training.unknown(escapeMrkdwn(truncate(rest.trim(), 60)).replace(/`/g, "'"));
      return Promise.resolve(reply([section(first), section(listSituations(locale))], first));
    }
    const recommended = recommendTraining({ situations: chosen, limit: TRAINING_LIMIT });
    const plan = planTraining(recommended.recommendations.map((r) => r.itemId));
    const titles = chosen.map((id) => situations.find((s) => s.id === id)?.title[locale] ?? id).join("; ");
    const items: Block[] = plan.items.map((item, index) => {
      const found = findTrainingItem(item.itemId);
      const title = found?.title[locale] ?? item.itemId;
      const description = found === undefined ? "" : `\n${escapeMrkdwn(truncate(found.description[locale], 400))}`;
      return section(`*${index + 1}. ${escapeMrkdwn(title)}* — ${formatDuration(item.duration, locale)}${description}`);
    });
    const { min, max } = plan.totals.halfDays;
    return Promise.resolve(
      reply([
        header(t.training.heading(titles)),
        ...items,
        context(t.training.total(min, max)),
      ]),
    );
  },
};
