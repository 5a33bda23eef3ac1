/**
 * TEMPORARY in-memory FollowStore until @raadswerk/storage lands; replaced by ./storage.ts.
 */
import { randomUUID } from "node:crypto";
import type { FollowedRequest, FollowStore, ScheduledReminder } from "./types.js";

/** An in-memory store (temporary). */
export function memoryFollowStore(): FollowStore {
  const requests = new Map<string, FollowedRequest>();
  const reminders: ScheduledReminder[] = [];
  return {
    add: (request) => {
      const created: FollowedRequest = { ...request, id: randomUUID(), createdAt: new Date() };
      requests.set(created.id, created);
      return Promise.resolve(created);
    },
    get: (teamId, id) => Promise.resolve([requests.get(id)].find((r) => r?.teamId === teamId)),
    list: (teamId) => Promise.resolve([...requests.values()].filter((r) => r.teamId === teamId)),
    recordWithoutConsent: (teamId, id, learnedOn, nullityDeadline) => {
      const found = requests.get(id);
      if (found?.teamId !== teamId) return Promise.resolve(undefined);
      const updated = { ...found, learnedWithoutConsentOn: learnedOn, nullityDeadline };
      requests.set(id, updated);
      return Promise.resolve(updated);
    },
    addReminders: (items) => {
      reminders.push(...items);
      return Promise.resolve();
    },
    reminders: (requestId) => Promise.resolve(reminders.filter((r) => r.requestId === requestId)),
  };
}
