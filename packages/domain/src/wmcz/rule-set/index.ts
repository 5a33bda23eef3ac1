/**
 * Version of the Wmcz rule set (topics, cue words, rules and procedure steps). Every assessment
 * records it, so a council can later show which rules produced an answer. Change it whenever a
 * legal outcome can change: `wmcz-2018/<year>.<release>`.
 *
 * @example
 * RULE_SET_VERSION; // "wmcz-2018/2026.4"
 */
export const RULE_SET_VERSION = "wmcz-2018/2026.4";
