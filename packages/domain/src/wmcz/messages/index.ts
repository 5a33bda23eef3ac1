import type { Messages } from "../../_lib/messages/index.js";
import type { WmczMessageCode } from "./codes.js";
import { en } from "./en.js";
import { nl } from "./nl.js";

export { WMCZ_MESSAGE_CODES, type WmczMessageCode } from "./codes.js";

/**
 * Texts of the wmcz area per locale (Dutch B1 first, English second), one per code.
 *
 * @example
 * wmczMessages.nl.right_consent({}); // "Instemmingsrecht"
 * wmczMessages.en.step_answer_due({ date: "2027-01-04", amount: 6, unit: "weeks", source: "organisation" });
 * // "4 January 2027: the client council answers by this date (6 weeks). This is the period in your participation regulation."
 */
export const wmczMessages: Messages<WmczMessageCode> = { nl, en };
