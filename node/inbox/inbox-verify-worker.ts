/** Worker thread of "Nhận báo cáo" (inbox-verify-client.ts): one found folder → its verified entry. */
import { serveWorkerTask } from '../workers/serve-worker-task';
import { inboxEntry, type InboxJob } from './read-inbox';

serveWorkerTask((job: InboxJob) => inboxEntry(job));
