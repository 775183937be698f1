import { Council } from '../councils/council.entity';
import { CouncilClosure } from '../councils/closure.entity';
import { AuditEntry } from '../audit/audit.entity';
import { User } from '../users/user.entity';
import { Membership } from '../users/membership.entity';
import { ApiKey } from '../api-keys/api-key.entity';
import { Notification } from '../notifications/notification.entity';
import { OfficeHolder, Protocol, ProtocolClause, ProtocolItem, ProtocolVersion } from '../protocols/protocol.entities';

import { Case, CaseEvent, Reminder } from '../cases/case.entity';
import { ReviewTask } from '../reviews/review-task.entity';
import { CalendarFeed } from '../calendar/calendar-feed.entity';
import { ProtocolImport } from '../imports/import.entity';

export const entities = [Council, User, Membership, ApiKey, Notification, Protocol, ProtocolVersion, ProtocolClause, ProtocolItem, OfficeHolder, CouncilClosure, AuditEntry, Case, CaseEvent, Reminder, ReviewTask, CalendarFeed, ProtocolImport];
