/**
 * Other LOC offerings the seeds name next to the training guide: national courses, booklets,
 * a guide and a video. They are not in the training catalogue (no tailored half-days, no hourly
 * rate) but `recommendTraining` points to them when they fit.
 *
 * @example
 * RESOURCE_IDS.includes("welcome-course"); // true
 */
export const RESOURCE_IDS = [
  "welcome-course",
  "online-course-recruiting",
  "ten-tips-for-starters",
  "ten-questions-and-answers",
  "basic-information",
  "recruiting-guide",
  "recruiting-video",
  "in-contact-brochure",
] as const;

/**
 * Id of a resource outside the catalogue.
 * @example
 * const id: ResourceId = "online-course-recruiting";
 */
export type ResourceId = (typeof RESOURCE_IDS)[number];

/**
 * A resource outside the catalogue: what it is, its name as LOC writes it, where the seeds mention it.
 * @example
 * resources[0]?.freeForMembers; // true
 */
export type TrainingResource = {
  readonly id: ResourceId;
  readonly kind: "course" | "online-course" | "booklet" | "guide" | "video" | "brochure";
  /** The name as LOC gives it (Dutch), with an English rendering. */
  readonly title: { readonly nl: string; readonly en: string };
  /** Set only where the seed says councils that are LOC members take part free of charge. */
  readonly freeForMembers?: true;
  /** The seed file that names it. */
  readonly source: "000" | "001";
};

/**
 * The resources, each with the seed that names it.
 *
 * @example
 * resources.find((r) => r.id === "welcome-course")?.title.nl; // "Welkom in de cliëntenraad"
 */
export const resources: readonly TrainingResource[] = [
  { id: "welcome-course", kind: "course", title: { nl: "Welkom in de cliëntenraad", en: "Welcome to the client council" }, freeForMembers: true, source: "000" },
  { id: "online-course-recruiting", kind: "online-course", title: { nl: "Online cursus Werven nieuwe leden", en: "Online course: recruiting new members" }, source: "000" },
  { id: "ten-tips-for-starters", kind: "booklet", title: { nl: "10 tips voor starters", en: "10 tips for starters" }, source: "000" },
  { id: "ten-questions-and-answers", kind: "booklet", title: { nl: "10 vragen en antwoorden", en: "10 questions and answers" }, source: "000" },
  { id: "basic-information", kind: "booklet", title: { nl: "Basisinformatie medezeggenschap", en: "Basic information on client participation" }, source: "000" },
  { id: "recruiting-guide", kind: "guide", title: { nl: "Leden van en werven voor de cliëntenraad", en: "Members of and recruiting for the client council" }, source: "000" },
  { id: "recruiting-video", kind: "video", title: { nl: "Video-explainer Werven nieuwe leden", en: "Video explainer: recruiting new members" }, source: "000" },
  { id: "in-contact-brochure", kind: "brochure", title: { nl: "Brochure en bewaarkaart InContactStaan", en: "InContactStaan brochure and tip card" }, source: "001" },
];
