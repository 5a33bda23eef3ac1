import type { Sql } from "../driver/index.js";
import type { Store, Transaction } from "../open-store/index.js";
import { accountReads, accountWrites } from "../repositories/accounts.js";
import { auditReads, auditWrites } from "../repositories/audit.js";
import { type Bound, type WriteRunner, bind } from "../repositories/_bind.js";
import { councilMemberReads, councilMemberWrites } from "../repositories/council-members.js";
import { pipelineReads, pipelineWrites } from "../repositories/pipeline.js";

/** The council side's repositories: members, accounts and sessions, the audit log, the pipeline. */
export type CouncilRepositories = {
  readonly members: Bound<typeof councilMemberReads> & Bound<typeof councilMemberWrites>;
  readonly accounts: Bound<typeof accountReads> & Bound<typeof accountWrites>;
  readonly audit: Bound<typeof auditReads> & Bound<typeof auditWrites>;
  readonly pipeline: Bound<typeof pipelineReads> & Bound<typeof pipelineWrites>;
};

function repositories(read: Sql, write: WriteRunner): CouncilRepositories {
  return {
    members: bind(councilMemberReads, councilMemberWrites, read, write),
    accounts: bind(accountReads, accountWrites, read, write),
    audit: bind(auditReads, auditWrites, read, write),
    pipeline: bind(pipelineReads, pipelineWrites, read, write),
  };
}

/**
 * The council side's repositories on a store (each write in its own transaction) or inside an open
 * transaction (every write joins it).
 *
 * @example
 * const council = councilStore(store);
 * await council.accounts.count(); // 0
 * await store.transaction(async (tx) => { await councilStore(tx).audit.record({ ... }); });
 */
export function councilStore(store: Store | Transaction): CouncilRepositories {
  if ("transaction" in store) return repositories(store.sql, (fn) => store.transaction((tx) => fn(tx.sql)));
  return repositories(store.sql, (fn) => fn(store.sql));
}
