// Orders shared by popup, options and card (their names are in the catalogue: src/ui/i18n).
import type { Severity } from '../../engine/types';

/** Most severe first: the order reviewers read in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
